package org.openprov.testing;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered bytes with a golden file under the module's
 * {@code src/test/resources/golden}. A golden file is our own generator's output, reviewed
 * against the vendor's rules when it was written.
 *
 * <p>To rewrite the golden files on purpose after a deliberate change of output, run
 * {@code mvn -o -q -pl bundles/<module> test -Dopenprov.golden.update=true} from the
 * repository root, then review the difference before committing it.
 */
public final class Golden {

    private static final String UPDATE = "openprov.golden.update";

    private Golden() {
    }

    /**
     * @param name the golden file's name
     * @param actual the rendered bytes
     */
    public static void assertSame(String name, byte[] actual) {
        if (Boolean.getBoolean(UPDATE)) {
            write(name, actual);
        }
        byte[] expected = read(name);
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
    }

    private static byte[] read(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream("golden/" + name)) {
            assertNotNull("golden file " + name + " is missing; see Golden's javadoc", in);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, byte[] actual) {
        Path base = Path.of(System.getProperty("basedir", "."));
        try {
            for (String dir : new String[] {"src/test/resources", "target/test-classes"}) {
                Path file = base.resolve(dir).resolve("golden").resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println("Rewrote golden file " + name);
    }
}
