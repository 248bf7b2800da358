package org.openprov.billing.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the target's
 * folder, is forced to disk, then the temporary file is renamed over the target in one atomic
 * step. A reader sees the old file or the new one, never a part; a failure leaves the old one.
 */
final class AtomicFile {

    /** Writes the content; may fail half-way, which leaves the target as it was. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * @param target the file to write or replace; its folder must exist
     * @param content writes the text, in UTF-8
     * @param <T> what the content returns
     * @return what the content returned
     * @throws IOException when writing or renaming fails; the target is then unchanged
     */
    static <T> T write(Path target, Content<T> content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // Same folder, so the rename stays on one file system and can be atomic.
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            T result = writeAndSync(temp, content);
            readableByAll(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static <T> T writeAndSync(Path file, Content<T> content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                Writer out = new BufferedWriter(Channels.newWriter(channel,
                        StandardCharsets.UTF_8))) {
            T result = content.writeTo(out);
            out.flush();
            // On disk before the rename, so a crash cannot leave a renamed but empty file.
            channel.force(true);
            return result;
        }
    }

    /**
     * A temporary file is created readable by its owner only; an export is for whoever
     * reads the folder, like any file the platform writes.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file,
                    PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
