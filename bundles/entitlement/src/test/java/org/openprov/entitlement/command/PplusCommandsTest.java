package org.openprov.entitlement.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.testing.DerbyDatabase;

public class PplusCommandsTest {

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private Console console;

    @Before
    public void setUp() {
        console = new Console(db);
    }

    @Test
    public void forcingSaysNewDevicesAreForcedAndExistingOnesUnchanged() throws Exception {
        run(new PplusEnableCommand(), "acme");
        console.printed();

        run(new PplusForceCommand(), "acme");

        assertEquals("Every device added to provider acme from now on will be forced onto"
                + " Provisioning Plus. Devices already added are unchanged.\n",
                console.printed());
        assertEquals(new ProviderPlan("acme", true, true),
                console.service.providerPlan("acme"));
    }

    @Test
    public void forcingAProviderWithoutProvisioningPlusSaysToEnableItFirst() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(new PplusForceCommand(), "acme"));

        assertEquals("Provisioning Plus is not enabled for provider acme, so it cannot be"
                + " forced; the platform operator enables it first with pplus:enable acme",
                refused.getMessage());
    }

    @Test
    public void disablingAForcedProviderSaysForcingIsOffToo() throws Exception {
        run(new PplusEnableCommand(), "acme");
        run(new PplusForceCommand(), "acme");
        console.printed();

        run(new PplusDisableCommand(), "acme");

        String out = console.printed();
        assertTrue(out, out.startsWith("Provisioning Plus disabled for provider acme"));
        assertTrue(out, out.endsWith("Provisioning Plus was forced for acme; it is no longer"
                + " forced either.\n"));
        assertEquals(new ProviderPlan("acme", false, false),
                console.service.providerPlan("acme"));
    }

    @Test
    public void unforcingAndRepeatingSayWhatHappened() throws Exception {
        run(new PplusEnableCommand(), "acme");
        run(new PplusEnableCommand(), "acme");
        run(new PplusUnforceCommand(), "acme");

        String out = console.printed();
        assertTrue(out, out.contains("Provisioning Plus was already enabled for provider acme"));
        assertTrue(out, out.endsWith("Provisioning Plus was not forced for provider acme;"
                + " nothing changed\n"));
    }

    @Test
    public void anUnknownProviderIsAMistake() {
        CommandException refused = assertThrows(CommandException.class,
                () -> run(new PplusEnableCommand(), "nobody"));

        assertEquals("There is no provider nobody; see provider:list", refused.getMessage());
    }

    @Test
    public void providersListsEveryProviderWithItsSettings() throws Exception {
        run(new PplusEnableCommand(), "zeta");
        run(new PplusForceCommand(), "zeta");
        console.printed();

        console.wire(new PplusProvidersCommand()).execute();

        String[] lines = console.printed().split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0], lines[0].matches("Provider +\\| Provisioning Plus \\| Forced.*"));
        assertTrue(lines[2], lines[2].matches("acme +\\| disabled +\\| no"));
        assertTrue(lines[3], lines[3].matches("zeta +\\| enabled +\\| yes"));
    }

    private void run(ProviderPlanAction command, String provider) throws Exception {
        console.wire(command).provider = provider;
        command.execute();
    }
}
