package org.openprov.billing.command.completers;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.Test;
import org.openprov.billing.internal.FakeRegistry;

public class CompletersTest {

    @Test
    public void providersAreOfferedByName() {
        ProviderNameCompleter completer = new ProviderNameCompleter();
        completer.registry = new FakeRegistry().tenant("acme").tenant("zeta");

        assertEquals(List.of("zeta"), complete(completer, "ze"));
        assertEquals(List.of("acme", "zeta"), complete(completer, ""));
    }

    @Test
    public void recentMonthsByThePlatformClockAreOffered() {
        MonthCompleter completer = new MonthCompleter();
        completer.clock = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"),
                ZoneOffset.UTC);

        assertEquals(13, completer.recent().size());
        assertEquals("2027-01", completer.recent().get(0));
        assertEquals("2026-01", completer.recent().get(12));
        assertEquals(List.of("2027-01"), complete(completer, "2027"));
        assertEquals(List.of("2026-10", "2026-11", "2026-12"), complete(completer, "2026-1"));
    }

    /** Completes the last word of {@code billing:preview <typed>}. */
    private static List<String> complete(Completer completer, String typed) {
        String buffer = "billing:preview " + typed;
        CommandLine line = new CommandLine() {
            public int getCursorArgumentIndex() {
                return 1;
            }

            public String getCursorArgument() {
                return typed;
            }

            public int getArgumentPosition() {
                return typed.length();
            }

            public String[] getArguments() {
                return new String[] {"billing:preview", typed};
            }

            public int getBufferPosition() {
                return buffer.length();
            }

            public String getBuffer() {
                return buffer;
            }
        };
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        return candidates.stream().map(String::trim).sorted().toList();
    }
}
