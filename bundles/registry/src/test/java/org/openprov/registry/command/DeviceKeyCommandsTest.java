package org.openprov.registry.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.registry.internal.RegistryDatabase;

/** device:key-set, device:key-unset and key values given to device:setting-set. */
public class DeviceKeyCommandsTest {

    private static final Mac MAC = Mac.parse("001565a1b2c3");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private ConsoleFixture console;
    private final InstalledVendors vendors = new InstalledVendors(List.of(new StubGenerator(
            "yealink", "Yealink", "T46U\tSIP-T46U\t2\t10\t3\t20").asVendor()));

    @Before
    public void setUp() {
        console = new ConsoleFixture(db);
        console.registry.addProvider("acme");
        console.registry.addCustomer("acme", "main");
        console.registry.addDevice(new NewDevice(MAC, "acme", "main", "yealink", "T46U", null,
                null));
    }

    @Test
    public void aKeyThatFitsIsStoredWithItsLineExplicit() throws Exception {
        keySet(12, "blf", 2, "201", "Reception");

        assertEquals(Map.of("key.12", "blf;line=2;target=201;label=Reception"), settings());
        assertTrue(console.printed(), console.printed().contains("Key 12 of 00:15:65:a1:b2:c3"
                + " set: blf;line=2;target=201;label=Reception; the phone gets it at its next"
                + " fetch"));
    }

    @Test
    public void aKeyBeyondThePhoneAndItsModulesIsRefusedNamingTheLimit() {
        CommandException e = assertThrows(CommandException.class,
                () -> keySet(71, "speed-dial", 1, "0800", null));

        assertEquals("key.71 does not fit the Yealink SIP-T46U: it has 10 keys and takes up to 3"
                + " expansion module(s) of 20 keys, 70 in all; nothing was changed",
                e.getMessage());
        assertEquals(Map.of(), settings());
    }

    @Test
    public void aTypeTheVendorCannotDoAndALineTheModelLacksAreRefused() {
        CommandException type = assertThrows(CommandException.class,
                () -> keySet(1, "intercom", 1, "201", null));
        CommandException line = assertThrows(CommandException.class,
                () -> keySet(1, "line", 3, null, null));

        assertEquals("key.1 is of type intercom, which Yealink phones cannot do; nothing was"
                + " changed", type.getMessage());
        assertEquals("key.1 is bound to line 3; the Yealink SIP-T46U has 2 line(s); nothing was"
                + " changed", line.getMessage());
        assertEquals(Map.of(), settings());
    }

    @Test
    public void aKeyGivenAsASettingIsCheckedTheSameWay() {
        DeviceSettingSetCommand command = console.wire(new DeviceSettingSetCommand() {
            @Override
            InstalledVendors vendors() {
                return vendors;
            }
        });
        command.session = console.session();
        command.mac = MAC.hex();
        command.name = "key.80";
        command.value = "line;line=1";

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("key.80 does not fit"));
        assertEquals(Map.of(), settings());
    }

    @Test
    public void unsettingAKeyLeavesTheOthers() throws Exception {
        keySet(1, "line", 1, null, "Main");
        keySet(2, "speed-dial", 1, "0800", null);
        DeviceKeyUnsetCommand unset = console.wire(new DeviceKeyUnsetCommand());
        unset.mac = MAC.colons();
        unset.position = 1;

        unset.execute();

        assertEquals(Map.of("key.2", "speed-dial;line=1;target=0800"), settings());
    }

    private void keySet(int position, String type, int line, String target, String label)
            throws Exception {
        DeviceKeySetCommand command = console.wire(new DeviceKeySetCommand() {
            @Override
            InstalledVendors vendors() {
                return vendors;
            }
        });
        command.mac = MAC.colons();
        command.position = position;
        command.type = type;
        command.line = line;
        command.target = target;
        command.label = label;
        command.execute();
    }

    private Map<String, String> settings() {
        return console.registry.device(MAC).orElseThrow().settings();
    }
}
