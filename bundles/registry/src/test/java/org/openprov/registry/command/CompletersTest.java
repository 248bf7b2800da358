package org.openprov.registry.command;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.registry.command.completers.CompleterAccess;
import org.openprov.registry.command.completers.MacFormCompleter;
import org.openprov.registry.internal.RegistryDatabase;

public class CompletersTest {

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private ConsoleFixture console;

    @Before
    public void setUp() {
        console = new ConsoleFixture(db);
        console.registry.addProvider("acme");
        console.registry.addProvider("rival");
        console.registry.addCustomer("acme", "main");
        console.registry.addCustomer("acme", "mall");
        console.registry.addCustomer("rival", "museum");
        console.registry.addDevice(new NewDevice(Mac.parse("001565a1b2c3"), "acme", "main",
                "yealink", "T54W", null, null));
    }

    @Test
    public void customersAreThoseOfTheProviderTypedBefore() {
        Completer customers = CompleterAccess.customers(console.registry);

        assertEquals(List.of("main", "mall"),
                complete(customers, "device:add", "acme", "m"));
        assertEquals(List.of("museum"),
                complete(customers, "device:list", "--provider", "rival", "--customer", "m"));
        assertEquals(List.of("main", "mall", "museum"),
                complete(customers, "device:list", "--customer", "m"));
    }

    @Test
    public void macsAreOfferedInTheFormBeingTyped() {
        Completer macs = CompleterAccess.macs(console.registry);

        assertEquals(List.of("00:15:65:a1:b2:c3"), complete(macs, "device:show", "00:1"));
        assertEquals(List.of("001565A1B2C3"), complete(macs, "device:show", "001565A"));
        assertEquals(List.of("001565a1b2c3"), complete(macs, "device:show", ""));
    }

    /**
     * Before completing an argument, Karaf checks each earlier word alone with its own
     * completer and stops unless that offers something.
     */
    @Test
    public void earlierWordsPassKarafsCheck() {
        Completer customers = CompleterAccess.customers(console.registry);
        Completer newMac = new MacFormCompleter();

        assertEquals(List.of("museum"), complete(customers, "museum"));
        assertEquals(List.of("00-15-65-a1-b2-c9"), complete(newMac, "00-15-65-a1-b2-c9"));
        assertEquals(List.of(), complete(newMac, "00-15-65"));
    }

    /** Completes the last word of the line, as Karaf hands it to an argument's completer. */
    private static List<String> complete(Completer completer, String... words) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line(words), candidates);
        return candidates.stream().map(String::strip).sorted().toList();
    }

    private static CommandLine line(String... words) {
        String last = words[words.length - 1];
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return words.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return last;
            }

            @Override
            public int getArgumentPosition() {
                return last.length();
            }

            @Override
            public String[] getArguments() {
                return words;
            }

            @Override
            public int getBufferPosition() {
                return String.join(" ", words).length();
            }

            @Override
            public String getBuffer() {
                return String.join(" ", words);
            }
        };
    }
}
