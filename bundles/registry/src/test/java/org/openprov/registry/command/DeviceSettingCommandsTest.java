package org.openprov.registry.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.registry.internal.RegistryDatabase;

public class DeviceSettingCommandsTest {

    private static final Mac MAC = Mac.parse("001565a1b2c3");
    private static final String WARNING = "Warning: the admin.password given on the command line"
            + " is now in the shell history; leave the value out to be asked for it hidden";

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private ConsoleFixture console;

    @Before
    public void setUp() {
        console = new ConsoleFixture(db);
        console.registry.addProvider("acme");
        console.registry.addCustomer("acme", "main");
        console.registry.addDevice(new NewDevice(MAC, "acme", "main", "yealink", "T54W", null,
                null));
    }

    @Test
    public void aSecretOnTheCommandLineIsWarnedAboutWithoutRepeatingIt() throws Exception {
        set("admin.password", "Adm1n-secret");

        String printed = console.printed();
        assertTrue(printed, printed.startsWith(WARNING + System.lineSeparator()));
        assertFalse(printed, printed.contains("Adm1n-secret"));
        assertEquals(Map.of("admin.password", "Adm1n-secret"), settings());
    }

    @Test
    public void aPromptedSecretOrAPlainSettingIsNotWarnedAbout() throws Exception {
        console.typed.add("Adm1n-secret");

        set("admin.password", null);
        set("ntp.server", "pool.ntp.org");

        assertEquals(List.of('*'), console.masks);
        assertFalse(console.printed(), console.printed().contains("Warning"));
    }

    @Test
    public void unsettingSaysThePhoneKeepsItsValue() throws Exception {
        set("ntp.server", "pool.ntp.org");
        DeviceSettingUnsetCommand unset = console.wire(new DeviceSettingUnsetCommand());
        unset.mac = MAC.hex();
        unset.name = "ntp.server";

        unset.execute();

        assertTrue(console.printed(), console.printed().contains("Cleared ntp.server of"
                + " 00:15:65:a1:b2:c3; it is no longer sent from the device, so a template's"
                + " value applies if one reaches it, else the phone keeps its current value"
                + " until changed on the phone or reset"));
        assertEquals(Map.of(), settings());
    }

    @Test
    public void theUnsetHelpPromisesNoDefault() {
        Command help = DeviceSettingUnsetCommand.class.getAnnotation(Command.class);
        String text = help.description() + " " + help.detailedDescription();

        assertFalse(text, text.contains("default again"));
        assertTrue(text, text.contains("no longer sent"));
        assertTrue(text, text.contains("keeps the one it last received until it is changed on"
                + " the phone or the phone is reset"));
    }

    private void set(String name, String value) throws Exception {
        DeviceSettingSetCommand command = console.wire(new DeviceSettingSetCommand());
        command.session = console.session();
        command.mac = MAC.colons();
        command.name = name;
        command.value = value;
        command.execute();
    }

    private Map<String, String> settings() {
        return console.registry.device(MAC).orElseThrow().settings();
    }
}
