package org.openprov.entitlement.command.completers;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.Test;
import org.openprov.entitlement.internal.FakeRegistry;

public class CompletersTest {

    private final FakeRegistry registry = new FakeRegistry().tenant("acme").tenant("zeta");

    @Test
    public void macsAreOfferedWithColonsOrAsTypedBare() {
        registry.device("00:15:65:a1:b2:c3", "acme", true, Instant.EPOCH);
        registry.device("00:04:f2:00:00:01", "zeta", false, Instant.EPOCH);
        MacCompleter completer = new MacCompleter();
        completer.registry = registry;

        assertEquals(List.of("00:15:65:a1:b2:c3"), complete(completer, "00:15"));
        assertEquals(List.of("001565a1b2c3"), complete(completer, "0015"));
        assertEquals(2, complete(completer, "").size());
    }

    @Test
    public void customersAreOfferedAsProviderSlashCustomer() {
        registry.addCustomer("acme", "branch");
        CustomerPathCompleter completer = new CustomerPathCompleter();
        completer.registry = registry;

        assertEquals(List.of("acme/branch", "acme/main"), complete(completer, "acme/"));
        assertEquals(List.of("zeta/main"), complete(completer, "z"));
    }

    @Test
    public void providersAreOfferedByName() {
        ProviderNameCompleter completer = new ProviderNameCompleter();
        completer.registry = registry;

        assertEquals(List.of("zeta"), complete(completer, "ze"));
    }

    /** Completes the last word of {@code license:add <typed>}. */
    private static List<String> complete(Completer completer, String typed) {
        String buffer = "license:add " + typed;
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
                return new String[] {"license:add", typed};
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
