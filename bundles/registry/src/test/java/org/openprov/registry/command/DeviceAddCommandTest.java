package org.openprov.registry.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.registry.internal.RegistryDatabase;

public class DeviceAddCommandTest {

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private ConsoleFixture console;

    @Before
    public void setUp() {
        console = new ConsoleFixture(db);
        console.registry.addProvider("acme");
        console.registry.addCustomer("acme", "main");
    }

    @Test
    public void theModelIsMatchedInAnySpellingAndStoredByItsId() throws Exception {
        run("00-15-65-A1-B2-C3", "YeaLink", "sip-t54w");

        Device device = console.registry.device(Mac.parse("001565a1b2c3")).orElseThrow();
        assertEquals("yealink", device.vendor());
        assertEquals("T54W", device.model());
        assertEquals("reception", device.label());
        assertTrue(console.printed(), console.printed().startsWith(
                "Registered 00:15:65:a1:b2:c3 (Yealink SIP-T54W) for provider acme"));
    }

    @Test
    public void anUnknownVendorNamesTheInstalledOnesAndWhereToFindFeatures() {
        CommandException e = assertThrows(CommandException.class,
                () -> run("001565a1b2c3", "Cisco", "CP-8841"));

        assertEquals("No vendor cisco is installed; installed vendors: polycom, yealink. Vendor"
                + " features are listed by feature:list | grep openprov-vendor", e.getMessage());
    }

    @Test
    public void anEmptyVendorIsRequired() {
        CommandException e = assertThrows(CommandException.class,
                () -> run("001565a1b2c3", "", "T54W"));
        CommandException none = assertThrows(CommandException.class,
                () -> new InstalledVendors(List.of()).require(" "));

        assertEquals("The vendor is required; installed vendors: polycom, yealink",
                e.getMessage());
        assertEquals("The vendor is required; no vendor is installed yet. Vendor features are"
                + " listed by feature:list | grep openprov-vendor", none.getMessage());
        assertEquals(List.of(), console.registry.devices(null, null));
    }

    @Test
    public void anUnknownModelListsTheVendorsModels() {
        CommandException e = assertThrows(CommandException.class,
                () -> run("001565a1b2c3", "yealink", "T99"));

        assertEquals("Yealink has no model T99; its models are T54W, T31P", e.getMessage());
    }

    @Test
    public void theRegistrysRefusalIsShownAsAConsoleError() throws Exception {
        run("001565a1b2c3", "polycom", "VVX 450");

        CommandException e = assertThrows(CommandException.class,
                () -> run("00:15:65:a1:b2:c3", "yealink", "T54W"));
        CommandException badMac = assertThrows(CommandException.class,
                () -> run("00:15:65", "yealink", "T54W"));

        assertTrue(e.getMessage(), e.getMessage().startsWith(
                "MAC 001565a1b2c3 is already registered to provider acme, customer main"));
        assertTrue(badMac.getMessage(), badMac.getMessage().contains("is not a MAC address"));
        assertEquals(List.of("VVX450"), console.registry.devices(null, null).stream()
                .map(Device::model).toList());
    }

    @Test
    public void aKeyAnAutoApplyTemplateGivesThatTheModelCannotTakeIsNoted() throws Exception {
        resolver = new ConfigResolver() {
            @Override
            public DeviceConfig resolve(Device device) {
                return new DeviceConfig(device, Map.of("key.12", new ResolvedValue("key.12",
                        "blf;line=1;target=777", Level.PROVIDER, "acme-std", false)), false);
            }

            @Override
            public Optional<ResolvedValue> lockOn(Device device, String name) {
                return Optional.empty();
            }

            @Override
            public long version() {
                return 0;
            }
        };

        run("001565a1b2c3", "yealink", "T31P");

        assertTrue(console.printed(), console.printed().contains("Note: key.12 does not fit the"
                + " Yealink SIP-T31P"));
        assertTrue(console.registry.device(Mac.parse("001565a1b2c3")).isPresent());
    }

    private ConfigResolver resolver;

    private void run(String mac, String vendor, String model) throws Exception {
        DeviceAddCommand command = console.wire(new DeviceAddCommand() {
            @Override
            InstalledVendors vendors() {
                return ConsoleFixture.VENDORS;
            }
        });
        command.resolver = resolver;
        command.provider = "acme";
        command.customer = "main";
        command.mac = mac;
        command.vendor = vendor;
        command.model = model;
        command.label = "reception";
        command.execute();
    }
}
