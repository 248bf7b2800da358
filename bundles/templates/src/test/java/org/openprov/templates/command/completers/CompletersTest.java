package org.openprov.templates.command.completers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.settings.Level;
import org.openprov.templates.internal.FakeEntitlements;
import org.openprov.templates.internal.FakeRegistry;
import org.openprov.templates.internal.JdbcTemplateService;
import org.openprov.templates.internal.Services;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

public class CompletersTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private final FakeRegistry registry = new FakeRegistry().tenant("acme", "main")
            .tenant("zeta", "main");

    @Test
    public void templateNamesAreReadFromTheService() {
        JdbcTemplateService service = Services.templates(db, registry,
                new MovableClock("2026-03-01T09:00:00Z"), new FakeEntitlements());
        service.create("base", Level.PLATFORM, "", "", Set.of(), Set.of());
        service.create("branch", Level.PROVIDER, "acme", "", Set.of(), Set.of());
        service.create("zeta", Level.PROVIDER, "zeta", "", Set.of(), Set.of());
        TemplateNameCompleter completer = new TemplateNameCompleter();
        completer.templates = service;

        assertEquals(List.of("base", "branch"), complete(completer, "b"));
    }

    @Test
    public void settingNamesOfferTheVocabularyAndTheKeyAndRawFamilies() {
        SettingNameCompleter completer = new SettingNameCompleter();

        assertEquals(List.of("ntp.server"), complete(completer, "ntp"));
        assertEquals(List.of("key."), complete(completer, "ke"));
        assertEquals(List.of("raw."), complete(completer, "ra"));
    }

    @Test
    public void keyTypesAndStatesAreOfferedAsTyped() {
        assertEquals(List.of("speed-dial"), complete(new KeyTypeCompleter(), "sp"));
        assertEquals(List.of("assignable", "auto-apply"),
                complete(new TemplateStateCompleter(), "a"));
    }

    @Test
    public void providersAndMacsComeFromTheRegistry() {
        registry.phone("00:15:65:a1:b2:c3", "acme/main", "yealink", "T54W");
        ProviderNameCompleter providers = new ProviderNameCompleter();
        providers.registry = registry;
        MacCompleter macs = new MacCompleter();
        macs.registry = registry;

        assertEquals(List.of("zeta"), complete(providers, "z"));
        assertEquals(List.of("00:15:65:a1:b2:c3"), complete(macs, "00:15"));
        assertTrue(complete(macs, "ff").isEmpty());
    }

    /** Completes the last word of {@code template:x <typed>}. */
    private static List<String> complete(Completer completer, String typed) {
        String buffer = "template:x " + typed;
        CommandLine line = new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return 1;
            }

            @Override
            public String getCursorArgument() {
                return typed;
            }

            @Override
            public int getArgumentPosition() {
                return typed.length();
            }

            @Override
            public String[] getArguments() {
                return new String[] {"template:x", typed};
            }

            @Override
            public int getBufferPosition() {
                return buffer.length();
            }

            @Override
            public String getBuffer() {
                return buffer;
            }
        };
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        return candidates.stream().map(String::strip).sorted().toList();
    }
}
