package org.openprov.registry.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.registry.internal.RegistryDatabase;

public class DeviceLineSetCommandTest {

    private static final Mac MAC = Mac.parse("001565a1b2c3");
    private static final Mac OTHER = Mac.parse("0004f2a1b2c4");

    @Rule
    public final RegistryDatabase db = new RegistryDatabase();

    private ConsoleFixture console;

    @Before
    public void setUp() {
        console = new ConsoleFixture(db);
        console.registry.addProvider("acme");
        console.registry.addCustomer("acme", "main");
        console.registry.addDevice(new NewDevice(MAC, "acme", "main", "yealink", "T31P", null,
                null));
    }

    @Test
    public void aLineAboveTheModelsCountIsRefused() {
        CommandException e = assertThrows(CommandException.class, () -> run(3, null, false));

        assertEquals("The SIP-T31P has 2 line(s); choose a line from 1 to 2", e.getMessage());
        assertEquals(List.of(), lines());
    }

    @Test
    public void thePromptedPasswordIsReadHiddenAndNeverPrinted() throws Exception {
        console.typed.addAll(List.of("Pa55word!", "Pa55word!"));

        run(1, null, true);

        assertEquals("Pa55word!", lines().get(0).password());
        assertEquals(List.of('*', '*'), console.masks);
        assertFalse(console.printed(), console.printed().contains("Pa55word!"));
    }

    @Test
    public void twoDifferentPromptedPasswordsChangeNothing() {
        console.typed.addAll(List.of("one", "two"));

        CommandException e = assertThrows(CommandException.class, () -> run(1, null, true));

        assertEquals("The two passwords differ; nothing was changed", e.getMessage());
        assertEquals(List.of(), lines());
    }

    @Test
    public void aLineKeepsItsPasswordWhenNoneIsGiven() throws Exception {
        run(2, "first-secret", false);

        run(2, null, false);

        assertEquals("first-secret", lines().get(0).password());
        assertEquals(Transport.TLS, lines().get(0).transport());
    }

    @Test
    public void bothPasswordOptionsAreRefused() {
        CommandException e = assertThrows(CommandException.class,
                () -> run(1, "typed", true));

        assertTrue(e.getMessage(), e.getMessage().contains("not both"));
    }

    @Test
    public void withoutTheVendorTheLineIsRefused() {
        console.registry.addDevice(new NewDevice(OTHER, "acme", "main", "polycom", "VVX450", null,
                null));
        DeviceLineSetCommand command = command(40, null, false, new InstalledVendors(List.of()));
        command.mac = OTHER.hex();

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertEquals("Vendor polycom is not installed, so line 40 cannot be checked against the"
                + " VVX450's lines; install it (feature:install openprov-vendor-polycom) and try"
                + " again", e.getMessage());
        assertEquals(List.of(), console.registry.device(OTHER).orElseThrow().lines());
    }

    @Test
    public void aModelTheVendorNoLongerListsIsRefused() {
        InstalledVendors withoutT31P = new InstalledVendors(List.of(new StubGenerator("yealink",
                "Yealink", "T54W\tSIP-T54W\t16").asVendor()));

        CommandException e = assertThrows(CommandException.class,
                () -> command(1, null, false, withoutT31P).execute());

        assertEquals("Yealink no longer lists model T31P, so line 1 cannot be checked against its"
                + " lines; install the version of the vendor that lists it, or register the phone"
                + " again (device:remove, then device:add) as one of its models: T54W",
                e.getMessage());
        assertEquals(List.of(), lines());
    }

    @Test
    public void lineNumbersOutsideEveryPhonesRangeGetTheModelsRange() {
        console.registry.addDevice(new NewDevice(OTHER, "acme", "main", "yealink", "T54W", null,
                null));
        for (int line : new int[] {0, 65, -1}) {
            DeviceLineSetCommand command = command(line, null, false, ConsoleFixture.VENDORS);
            command.mac = OTHER.colons();

            CommandException e = assertThrows(CommandException.class, command::execute);

            assertEquals("The SIP-T54W has 16 line(s); choose a line from 1 to 16",
                    e.getMessage());
        }
    }

    @Test
    public void aPasswordOnTheCommandLineIsWarnedAbout() throws Exception {
        run(1, "typed-secret", false);
        String warned = console.printed();
        run(2, null, false);

        assertTrue(warned, warned.startsWith(DeviceLineSetCommand.HISTORY_WARNING
                + System.lineSeparator()));
        assertTrue(warned, warned.contains("--password-prompt"));
        assertFalse(warned, warned.contains("typed-secret"));
        assertEquals(1, console.printed().split("Warning:", -1).length - 1);
    }

    @Test
    public void aPromptedPasswordIsNotWarnedAbout() throws Exception {
        console.typed.addAll(List.of("Pa55word!", "Pa55word!"));

        run(1, null, true);

        assertFalse(console.printed(), console.printed().contains("Warning"));
    }

    @Test
    public void aUserWrittenAsAnAddressIsRefused() {
        DeviceLineSetCommand command = command(1, null, false, ConsoleFixture.VENDORS);
        command.user = "sip:1007@x";

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertEquals("The SIP user 'sip:1007@x' is a SIP address, not its user part: write 1007,"
                + " not sip:1007@x", e.getMessage());
        assertEquals(List.of(), lines());
    }

    @Test
    public void aServerWithAPortIsRefused() {
        DeviceLineSetCommand command = command(1, null, false, ConsoleFixture.VENDORS);
        command.server = "pbx.example.com:5070";

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertTrue(e.getMessage(), e.getMessage().endsWith("--port 5070"));
        assertEquals(List.of(), lines());
    }

    @Test
    public void showMasksPasswordsAndSecretSettings() throws Exception {
        run(1, "line-secret", false);
        console.registry.setSetting(MAC, "admin.password", "admin-secret");
        console.registry.setSetting(MAC, "ntp.server", "pool.ntp.org");
        DeviceShowCommand show = console.wire(new DeviceShowCommand());
        show.mac = "00:15:65:A1:B2:C3";

        show.execute();

        String printed = console.printed();
        assertFalse(printed, printed.contains("line-secret"));
        assertFalse(printed, printed.contains("admin-secret"));
        assertTrue(printed, printed.contains("***"));
        assertTrue(printed, printed.contains("pool.ntp.org"));
        assertTrue(printed, printed.contains("00:15:65:a1:b2:c3"));
    }

    @Test
    public void aLineWithoutServerTakesSipServerAndSaysWhenThereIsNone() throws Exception {
        DeviceLineSetCommand first = command(1, "pw", false, ConsoleFixture.VENDORS);
        first.server = null;
        first.transport = null;
        first.execute();
        assertTrue(console.printed(), console.printed().contains("Line 1 of 00:15:65:a1:b2:c3"
                + " set: 201@(sip.server):(sip.port) over (sip.transport)\nNote: no sip.server"
                + " reaches this phone yet"));

        console.registry.setSetting(MAC, "sip.server", "pbx.example.net");
        DeviceLineSetCommand second = command(2, "pw", false, ConsoleFixture.VENDORS);
        second.server = null;
        second.execute();

        assertEquals(1, console.printed().split("Note: no sip.server", -1).length - 1);
        assertEquals("", lines().get(1).server());
    }

    @Test
    public void withoutATerminalThePromptSaysWhatToDoAndChangesNothing() {
        console.noTerminal = true;

        CommandException e = assertThrows(CommandException.class, () -> run(1, null, true));

        assertEquals("Cannot ask here (no terminal); nothing was changed. Give the password with"
                + " --password from a script", e.getMessage());
        assertEquals(List.of(), lines());
    }

    @Test
    public void anExplicitPortZeroIsRefused() {
        DeviceLineSetCommand command = command(1, "pw", false, ConsoleFixture.VENDORS);
        command.port = 0;

        CommandException e = assertThrows(CommandException.class, command::execute);

        assertTrue(e.getMessage(), e.getMessage().startsWith("SIP port 0 is out of range"));
        assertEquals(List.of(), lines());
    }

    private void run(int line, String password, boolean prompt) throws Exception {
        command(line, password, prompt, ConsoleFixture.VENDORS).execute();
    }

    private DeviceLineSetCommand command(int line, String password, boolean prompt,
            InstalledVendors vendors) {
        DeviceLineSetCommand command = console.wire(new DeviceLineSetCommand() {
            @Override
            InstalledVendors vendors() {
                return vendors;
            }
        });
        command.session = console.session();
        command.mac = MAC.colons();
        command.line = line;
        command.user = "20" + line;
        command.server = "pbx.example.com";
        command.password = password;
        command.passwordPrompt = prompt;
        command.transport = "TLS";
        return command;
    }

    private List<SipLine> lines() {
        return console.registry.device(MAC).orElseThrow().lines();
    }
}
