package org.openprov.entitlement.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.testing.DerbyDatabase;

public class LicenseAddCommandTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private Console console;
    private Device expired;
    private Device active;
    private Device monthly;

    @Before
    public void setUp() {
        console = new Console(db);
        Instant added = Instant.parse("2026-03-01T09:00:00Z");
        expired = console.registry.deliver(console.registry.device("00:15:65:00:00:01", "acme",
                true, added), Instant.parse("2026-03-10T10:00:00Z"));
        active = console.registry.deliver(console.registry.device("00:15:65:00:00:02", "acme",
                true, added), Instant.parse("2026-07-20T10:00:00Z"));
        monthly = console.registry.device("00:15:65:00:00:03", "acme", false, added);
        console.clock.set("2026-07-31T00:00:00Z");
    }

    @Test
    public void monthlyDevicesAreRefusedAndTheOthersLicensedAfterConfirmation()
            throws Exception {
        console.typed.add("y");

        run(null, null, false, "00:15:65:00:00:01", "001565000002", "00-15-65-00-00-03");

        String out = console.printed();
        assertTrue(out, out.startsWith("3 phone(s) selected:\n  2 will be licensed: 6 months"
                + " each, 12 months of license in all, billed at 6 × the provider's monthly"
                + " price each\n  1 refused:\n    00:15:65:00:00:03 is on the monthly plan,"
                + " which takes no license; only Provisioning Plus devices can be licensed\n"));
        assertEquals(List.of("Add 2 license(s)? [y/N] "), console.prompts);
        assertTrue(out, out.contains("00:15:65:00:00:01 | LICENSED (expires in 184 days) |"
                + " 2026-07-31 00:00 UTC to 2027-01-31 00:00 UTC"));
        assertTrue(out, out.contains("00:15:65:00:00:02 | ACTIVE (19 days left)"));
        assertTrue(out, out.endsWith("Licensed 2 phone(s).\n"));
        assertEquals(1, console.service.licenses(expired.mac()).size());
        assertEquals(1, console.service.licenses(active.mac()).size());
        assertEquals(0, console.service.licenses(monthly.mac()).size());
    }

    @Test
    public void anythingButYesLicensesNothing() throws Exception {
        console.typed.add("no");

        run(null, null, false, "00:15:65:00:00:01");

        assertTrue(console.printed().endsWith("Nothing licensed.\n"));
        assertEquals(0, console.service.licenses(expired.mac()).size());
    }

    @Test
    public void yesSkipsTheQuestionForScripts() throws Exception {
        run(null, "EXPIRED", true);

        assertEquals(List.of(), console.prompts);
        assertEquals(1, console.service.licenses(expired.mac()).size());
        assertEquals(0, console.service.licenses(active.mac()).size());
        assertTrue(console.printed().contains("1 phone(s) selected:"));
    }

    @Test
    public void aCustomerSelectsItsPhonesAndOnlyThose() throws Exception {
        Device other = console.registry.deliver(console.registry.device("00:15:65:00:00:09",
                "zeta", true, Instant.parse("2026-03-01T00:00:00Z")),
                Instant.parse("2026-03-02T00:00:00Z"));

        run("zeta/main", null, true);

        assertEquals(1, console.service.licenses(other.mac()).size());
        assertEquals(0, console.service.licenses(expired.mac()).size());
    }

    @Test
    public void refusalsForTheSameReasonAreGrouped() throws Exception {
        console.registry.device("00:15:65:00:00:04", "acme", false, Instant.EPOCH);
        console.registry.device("00:15:65:00:00:05", "acme", true, Instant.EPOCH);

        run("acme/main", null, true);

        String out = console.printed();
        assertTrue(out, out.contains("\n  3 refused:\n    00:15:65:00:00:03, 00:15:65:00:00:04:"
                + " each is on the monthly plan, which takes no license;"));
        assertTrue(out, out.contains("\n    00:15:65:00:00:05 is on Provisioning Plus but has"
                + " not received its first configuration, so its window has not started;"));
        assertTrue(out, out.endsWith("Licensed 2 phone(s).\n"));
    }

    @Test
    public void anOnlyMonthlySelectionIsAMistake() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(null, null, true, "00:15:65:00:00:03"));

        assertEquals("Nothing to license: none of the 1 selected phone(s) can take a license"
                + " (see above)", refused.getMessage());
    }

    @Test
    public void mistakesInTheSelectionSayWhatToDo() {
        assertMistake("Say which phones to license", null, null);
        assertMistake("--state takes EXPIRED, ACTIVE or LICENSED", null, "PENDING");
        assertMistake("Write the customer as provider/customer", "main", null);
        assertMistake("Provider acme has no customer nobody", "acme/nobody", null);
        assertMistake("There is no provider nobody", "nobody/main", null);
        assertMistake("MAC 00:15:65:00:00:77 is not registered", null, null, "001565000077");
        assertMistake("None of the phones named is LICENSED now", null, "licensed",
                "001565000001");
    }

    @Test
    public void licenseListShowsEachTermAndTheStateNow() throws Exception {
        run(null, null, true, "00:15:65:00:00:01");
        console.printed();
        console.clock.set("2026-09-01T00:00:00Z");
        run(null, null, true, "00:15:65:00:00:01");
        console.printed();

        LicenseListCommand list = console.wire(new LicenseListCommand());
        list.mac = "001565000001";
        list.execute();

        String out = console.printed();
        assertTrue(out, out.contains("1 | 2026-07-31 00:00 UTC | 2026-07-31 00:00 UTC |"
                + " 2027-01-31 00:00 UTC | acme"));
        assertTrue(out, out.contains("2 | 2026-09-01 00:00 UTC | 2027-01-31 00:00 UTC |"
                + " 2027-07-31 00:00 UTC | acme"));
        assertTrue(out, out.endsWith("00:15:65:00:00:01 is LICENSED (expires in 333 days)\n"));
    }

    private void assertMistake(String start, String customer, String state, String... macs) {
        CommandException e = assertThrows(CommandException.class,
                () -> run(customer, state, true, macs));
        assertTrue(e.getMessage(), e.getMessage().startsWith(start));
    }

    private void run(String customer, String state, boolean yes, String... macs)
            throws Exception {
        LicenseAddCommand command = console.wire(new LicenseAddCommand());
        command.customer = customer;
        command.state = state;
        command.yes = yes;
        command.macs = macs.length == 0 ? null : List.of(macs);
        command.execute();
    }
}
