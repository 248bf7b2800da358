package org.openprov.vendor.yealink.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Captures what the test logging binding (slf4j-simple, INFO and above, one line per event on
 * standard error) prints while it is open, so a test can check a log line was written.
 */
final class LogCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    LogCapture() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /**
     * @param level {@code INFO} or {@code WARN}
     * @return the lines logged at that level, in order
     */
    List<String> lines(String level) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return Arrays.stream(text.split("\n")).filter(l -> l.contains(" " + level + " "))
                .toList();
    }

    /**
     * @param level {@code INFO} or {@code WARN}
     * @param parts texts the line must hold
     * @return how many lines at that level hold them all
     */
    long count(String level, String... parts) {
        return lines(level).stream()
                .filter(line -> Arrays.stream(parts).allMatch(line::contains)).count();
    }

    /** @return everything logged */
    String all() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
