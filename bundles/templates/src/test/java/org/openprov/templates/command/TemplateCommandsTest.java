package org.openprov.templates.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.TemplateState;
import org.openprov.testing.DerbyDatabase;

/** The console's words: what each command prints, and the mistakes it explains. */
public class TemplateCommandsTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private Console console;
    private Device t54w;
    private Device t31;

    @Before
    public void setUp() {
        console = new Console(db);
        t54w = console.registry.plusPhone("00:15:65:00:00:01", "acme/dental", "yealink",
                "T54W");
        t31 = console.registry.phone("00:15:65:00:00:02", "acme/main", "yealink", "T31G");
    }

    @Test
    public void createSaysWhatWasCreatedAndWhatToDoNext() throws Exception {
        TemplateCreateCommand create = console.wire(new TemplateCreateCommand());
        create.provider = "acme";
        create.vendors = List.of("Yealink");
        create.name = "base";
        create.execute();

        assertEquals("Created template base (provider acme; vendor yealink), disabled. Give it"
                + " values with template:set base <setting> <value>; it applies once"
                + " template:state base auto-apply or assignable\n", console.printed());
    }

    @Test
    public void createWithAStateAppliesItAtOnce() throws Exception {
        create("base", null, null, "auto-apply");

        assertEquals("Created template base (platform; all phones), auto-apply. Give it values"
                + " with template:set base <setting> <value>; it reaches 2 devices; they get"
                + " them at their next fetch\n", console.printed());
    }

    @Test
    public void aCustomerWithoutItsProviderIsAMistake() {
        TemplateCreateCommand create = console.wire(new TemplateCreateCommand());
        create.customer = "dental";
        create.name = "desk";

        assertMistake("--customer needs --provider: a customer is named within its provider,"
                + " e.g. --provider acme --customer dental", create);
    }

    @Test
    public void aMistypedStateCreatesNothing() {
        TemplateCreateCommand create = console.wire(new TemplateCreateCommand());
        create.state = "on";
        create.name = "base";

        assertMistake("Unknown template state 'on'; use disabled, assignable or auto-apply",
                create);
        assertTrue(console.service.templates().isEmpty());
    }

    @Test
    public void setSaysTheValueTheLockAndHowManyDevicesGetIt() throws Exception {
        create("base", null, null, "auto-apply");
        console.printed();

        set("base", "NTP.Server", "pool.ntp.org", true);

        assertEquals("Template base: ntp.server = pool.ntp.org (locked); reaches 2 devices;"
                + " they get it at their next fetch\n", console.printed());
    }

    @Test
    public void aPasswordIsMaskedWhenSetAndWhenShown() throws Exception {
        create("base", "acme", null, "assignable");

        set("base", "admin.password", "0042", false);
        TemplateShowCommand show = console.wire(new TemplateShowCommand());
        show.name = "BASE";
        show.execute();

        String out = console.printed();
        assertFalse(out, out.contains("0042"));
        assertTrue(out, out.contains("Template base: admin.password = ********; reaches no"
                + " device yet; assign it with template:assign base <mac>"));
        assertTrue(out, out.contains("Template base: provider acme, assignable, for all"
                + " phones\nAssigned to 0 phone(s); reaches 0 devices now\n"));
        assertTrue(out, out.matches("(?s).*admin\\.password +\\| \\*{8} +\\|.*"));
    }

    @Test
    public void theReachSaysHowManyExpiredPhonesKeepTheirConfiguration() throws Exception {
        create("base", null, null, "auto-apply");
        console.entitlements.expire(t54w);
        console.printed();

        set("base", "language", "de", false);

        assertEquals("Template base: language = de; reaches 2 devices; they get it at their"
                + " next fetch, except 1 EXPIRED, which keep the configuration they had at"
                + " expiry\n", console.printed());
    }

    @Test
    public void aLockedSettingIsAMistakeThatNamesTheLock() throws Exception {
        create("base", null, null, "auto-apply");
        create("acme", "acme", null, null);
        set("base", "ntp.server", "pool.ntp.org", true);

        assertMistake("Setting ntp.server is locked by template base (platform); ask its owner"
                + " to unlock it or remove the value there",
                setCommand("acme", "ntp.server", "ntp.acme.example", false));
    }

    @Test
    public void anInvalidValueIsAMistakeThatStatesTheRule() throws Exception {
        create("base", null, null, null);

        assertMistake("Setting time.zone: 'Mars/Olympus' is not valid; expected an IANA time"
                + " zone name such as Europe/Paris",
                setCommand("base", "time.zone", "Mars/Olympus", false));
    }

    @Test
    public void keySetStoresTheKeyItBuilt() throws Exception {
        create("desk", "acme", "dental", "auto-apply");
        console.printed();

        TemplateKeySetCommand key = console.wire(new TemplateKeySetCommand());
        key.name = "desk";
        key.position = 3;
        key.type = "BLF";
        key.line = 1;
        key.target = "201";
        key.label = "Reception";
        key.execute();

        assertEquals("Template desk: key.3 = blf;line=1;target=201;label=Reception; reaches"
                + " 1 device; they get it at their next fetch\n", console.printed());
    }

    @Test
    public void aKeyThatDoesNotFitIsAMistakeNamingTheLimit() throws Exception {
        create("acme", "acme", null, "auto-apply");
        TemplateKeySetCommand key = console.wire(new TemplateKeySetCommand());
        key.name = "acme";
        key.position = 5;
        key.type = "speed-dial";
        key.target = "100";

        CommandException refused = assertThrows(CommandException.class, key::execute);

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Template acme cannot"
                + " take this layout: key.5 does not fit the Yealink SIP-T31G"));
    }

    @Test
    public void anUnknownKeyTypeIsAMistakeListingTheTypes() {
        TemplateKeySetCommand key = console.wire(new TemplateKeySetCommand());
        key.name = "desk";
        key.position = 1;
        key.type = "rocket";

        CommandException refused = assertThrows(CommandException.class, key::execute);

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("Unknown key type"
                + " 'rocket'; the types are line blf speed-dial"));
    }

    @Test
    public void unsetAndKeyUnsetSayWhatTheDevicesFallBackTo() throws Exception {
        create("desk", "acme", "dental", "auto-apply");
        set("desk", "language", "de", false);
        set("desk", "key.1", "dnd", false);
        console.printed();

        TemplateUnsetCommand unset = console.wire(new TemplateUnsetCommand());
        unset.name = "desk";
        unset.setting = "language";
        unset.execute();
        TemplateKeyUnsetCommand keyUnset = console.wire(new TemplateKeyUnsetCommand());
        keyUnset.name = "desk";
        keyUnset.position = 1;
        keyUnset.execute();

        assertEquals("Template desk: language removed; reaches 1 device; they fall back to"
                + " another level's value, if any, at their next fetch\n"
                + "Template desk: key.1 removed; reaches 1 device; they fall back to another"
                + " level's key, if any, at their next fetch\n", console.printed());
    }

    @Test
    public void stateSaysWhatChangedOrThatNothingDid() throws Exception {
        create("acme", "acme", null, null);
        console.printed();

        state("acme", "auto");
        state("acme", "auto-apply");
        state("acme", "disabled");

        assertEquals("Template acme is now auto-apply (was disabled); reaches 2 devices; they"
                + " get its values at their next fetch\n"
                + "Template acme is already auto-apply; nothing changed\n"
                + "Template acme is now disabled (was auto-apply); the 2 devices it reached"
                + " lose its values at their next fetch\n", console.printed());
    }

    @Test
    public void assignNamesEachRefusedPhoneAndCountsTheRest() throws Exception {
        create("desk", "acme", "dental", "assignable");
        console.registry.phone("00:15:65:00:00:03", "zeta/main", "yealink", "T54W");
        console.printed();

        assign("desk", "00:15:65:00:00:01", "001565000003", "00-15-65-00-00-01");

        assertEquals("Refused: Phone 00:15:65:00:00:03 belongs to zeta/main, outside template"
                + " desk (customer acme/dental); assign it a template of the platform, of"
                + " provider zeta or of customer zeta/main\n"
                + "Template desk assigned to 1 phone (1 had it already); reaches 1 device;"
                + " they get its values at their next fetch\n", console.printed());
    }

    @Test
    public void assigningWhenEveryPhoneIsRefusedIsAMistake() throws Exception {
        create("desk", "acme", "dental", "assignable");
        TemplateAssignCommand assign = console.wire(new TemplateAssignCommand());
        assign.name = "desk";
        assign.macs = List.of(t31.mac().colons());

        assertMistake("Phone 00:15:65:00:00:02 belongs to acme/main, outside template desk"
                + " (customer acme/dental); assign it a template of the platform, of provider"
                + " acme or of customer acme/main", assign);
    }

    @Test
    public void aMalformedMacChangesNothing() throws Exception {
        create("desk", "acme", "dental", "assignable");
        TemplateAssignCommand assign = console.wire(new TemplateAssignCommand());
        assign.name = "desk";
        assign.macs = List.of(t54w.mac().colons(), "00:15:65");

        CommandException refused = assertThrows(CommandException.class, assign::execute);

        assertTrue(refused.getMessage(), refused.getMessage().startsWith("'00:15:65' is not a"
                + " MAC address"));
        assertEquals(List.of(), console.service.assigned("desk"));
    }

    @Test
    public void unassignSaysWhetherThePhonesKeepTheValues() throws Exception {
        create("desk", "acme", "dental", "assignable");
        assign("desk", t54w.mac().hex());
        console.printed();

        TemplateUnassignCommand unassign = console.wire(new TemplateUnassignCommand());
        unassign.name = "desk";
        unassign.macs = List.of(t54w.mac().hex(), t31.mac().hex());
        unassign.execute();

        assertEquals("Template desk unassigned from 1 phone (1 did not have it); they lose its"
                + " values at their next fetch; it reaches 0 devices now\n", console.printed());
    }

    @Test
    public void devicesListsEachPhoneAndHowTheTemplateReachesIt() throws Exception {
        create("acme", "acme", null, "auto-apply");
        assign("acme", t31.mac().hex());
        console.entitlements.expire(t54w);
        console.printed();

        TemplateDevicesCommand devices = console.wire(new TemplateDevicesCommand());
        devices.name = "acme";
        devices.execute();

        String[] lines = console.printed().split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0], lines[0].matches("MAC +\\| Customer +\\| Phone +\\| How *"));
        assertTrue(lines[2], lines[2].matches("00:15:65:00:00:01 \\| acme/dental \\| yealink"
                + " T54W \\| auto-apply, EXPIRED: keeps its configuration *"));
        assertTrue(lines[3], lines[3].matches("00:15:65:00:00:02 \\| acme/main +\\| yealink"
                + " T31G \\| assigned *"));
        assertEquals("Template acme reaches 2 devices: 1 assigned, 1 by auto-apply; 1 EXPIRED"
                + " keep the configuration they had at expiry", lines[4]);
    }

    @Test
    public void devicesOfADisabledTemplateSaysWhyNoneAndWhatToDo() throws Exception {
        create("desk", "acme", "dental", null);
        assign("desk", t54w.mac().hex());
        console.printed();

        TemplateDevicesCommand devices = console.wire(new TemplateDevicesCommand());
        devices.name = "desk";
        devices.execute();

        assertEquals("Template desk reaches no device while disabled; make it apply with"
                + " template:state desk auto-apply, or assignable and template:assign desk"
                + " <mac>\n1 assignment(s) do not apply now: the template is disabled, or the"
                + " phone was removed or moved out of its scope; template:unassign desk <mac>"
                + " clears one\n", console.printed());
    }

    @Test
    public void listShowsEachTemplateWithWhatItReaches() throws Exception {
        create("base", null, null, "auto-apply");
        create("yl-t54", "acme", null, null);
        console.service.create("zeta", org.openprov.api.settings.Level.PROVIDER, "zeta", "",
                java.util.Set.of(), java.util.Set.of("T54W"));
        set("base", "language", "de", false);
        console.printed();

        TemplateListCommand list = console.wire(new TemplateListCommand());
        list.execute();
        String[] all = console.printed().split("\n");
        list.provider = "ACME";
        list.execute();
        String[] acme = console.printed().split("\n");

        assertEquals(5, all.length);
        assertTrue(all[2], all[2].matches("base +\\| platform +\\| auto-apply \\| all phones"
                + " +\\| +1 \\| +2"));
        assertTrue(all[4], all[4].matches("zeta +\\| provider zeta \\| disabled +\\| model T54W"
                + " +\\| +0 \\| +0"));
        assertEquals(3, acme.length);
        assertTrue(acme[2], acme[2].startsWith("yl-t54 "));
    }

    @Test
    public void removeAsksFirstAndSaysWhatTheDevicesLose() throws Exception {
        create("base", null, null, "auto-apply");
        console.printed();
        console.typed.add("n");
        remove("base", false);
        console.typed.add("y");
        remove("base", false);

        assertEquals("Nothing removed.\nRemoved template base (platform) with its 0 value(s);"
                + " the 2 devices it reached lose its values at their next fetch\n",
                console.printed());
        assertTrue(console.service.templates().isEmpty());
    }

    @Test
    public void removeWithoutATerminalSaysToAddYes() throws Exception {
        create("base", null, null, null);
        console.terminal = false;

        assertMistake("Cannot ask for confirmation here (no terminal); nothing was removed."
                + " Add --yes to remove without asking", removeCommand("base", false));
        remove("base", true);
        assertTrue(console.service.templates().isEmpty());
    }

    @Test
    public void anUnknownTemplateIsAMistakeThatSaysWhereToLook() {
        assertMistake("There is no template nope; see template:list",
                setCommand("nope", "language", "de", false));
        assertMistake("There is no template nope; see template:list",
                removeCommand("nope", true));
    }

    private void create(String name, String provider, String customer, String state)
            throws Exception {
        TemplateCreateCommand create = console.wire(new TemplateCreateCommand());
        create.provider = provider;
        create.customer = customer;
        create.state = state;
        create.name = name;
        create.execute();
        if (state != null) {
            assertEquals(TemplateState.parse(state), console.service.template(name)
                    .orElseThrow().state());
        }
    }

    private void set(String name, String setting, String value, boolean lock) throws Exception {
        setCommand(name, setting, value, lock).execute();
    }

    private TemplateSetCommand setCommand(String name, String setting, String value,
            boolean lock) {
        TemplateSetCommand set = console.wire(new TemplateSetCommand());
        set.name = name;
        set.setting = setting;
        set.value = value;
        set.lock = lock;
        return set;
    }

    private void state(String name, String state) throws Exception {
        TemplateStateCommand command = console.wire(new TemplateStateCommand());
        command.name = name;
        command.state = state;
        command.execute();
    }

    private void assign(String name, String... macs) throws Exception {
        TemplateAssignCommand assign = console.wire(new TemplateAssignCommand());
        assign.name = name;
        assign.macs = List.of(macs);
        assign.execute();
    }

    private void remove(String name, boolean yes) throws Exception {
        removeCommand(name, yes).execute();
    }

    private TemplateRemoveCommand removeCommand(String name, boolean yes) {
        TemplateRemoveCommand remove = console.wire(new TemplateRemoveCommand());
        remove.name = name;
        remove.yes = yes;
        return remove;
    }

    private static void assertMistake(String message, TemplateAction command) {
        CommandException refused = assertThrows(CommandException.class, command::execute);
        assertEquals(message, refused.getMessage());
    }
}
