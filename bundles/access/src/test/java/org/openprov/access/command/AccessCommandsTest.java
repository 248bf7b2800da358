package org.openprov.access.command;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.openprov.access.internal.AccessFixture;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.access.FetchMode;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.testing.DerbyDatabase;

/** The access commands on a real Derby: what they print and what they refuse. */
public class AccessCommandsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Mac PHONE = Mac.parse("001565a1b2c3");

    @Rule
    public final DerbyDatabase db = new DerbyDatabase();

    private AccessFixture fixture;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Before
    public void setUp() {
        fixture = new AccessFixture(db.dataSource(), NOW);
        fixture.devices.put(PHONE, new Device(PHONE, "acme", "hq", "yealink", "T54W", "", NOW,
                false, Optional.empty(), List.of(), Map.of()));
    }

    private <T extends AccessAction> T wire(T command) {
        command.access = fixture.access;
        command.registry = fixture.registry;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return command;
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        printed.reset();
        return text;
    }

    private static String refused(AccessAction command) throws Exception {
        try {
            command.execute();
        } catch (CommandException e) {
            return e.getMessage();
        }
        fail("accepted");
        return null;
    }

    @Test
    public void modeIsSetListedAndDroppedWithMessages() throws Exception {
        AccessModeCommand mode = wire(new AccessModeCommand());
        mode.provider = "acme";
        mode.mode = "TOKEN";
        mode.overlap = "12h";
        mode.execute();
        String said = printed();
        assertTrue(said, said.contains("a per-phone token in the URL"));
        assertTrue(said, said.contains("work 12h after access:rotate"));
        assertTrue(said, said.contains("bootstrap file at their next fetch"));
        assertEquals(FetchMode.TOKEN, fixture.access.policy("acme").mode());

        wire(new AccessModesCommand()).execute();
        String listed = printed();
        assertTrue(listed, listed.lines().anyMatch(l -> l.contains("acme") && l.contains("token")
                && l.contains("12h") && l.contains("access:mode")));
        assertTrue(listed, listed.lines().anyMatch(l -> l.contains("(default)")
                && l.contains("password") && l.contains("7d")));

        AccessModeCommand back = wire(new AccessModeCommand());
        back.provider = "acme";
        back.dropOwn = true;
        back.execute();
        assertTrue(printed().contains("on the default mode, password"));
    }

    @Test
    public void bothModeShowsWhenEitherCredentialStillWorks() throws Exception {
        AccessModeCommand mode = wire(new AccessModeCommand());
        mode.provider = "acme";
        mode.mode = "both";
        mode.overlap = "2h";
        mode.execute();
        printed();
        wire(new AccessModesCommand()).execute();
        String listed = printed();
        assertTrue(listed, listed.contains("both (either until 2026-12-01 12:00:00 UTC)"));
    }

    @Test
    public void modeMistakesSayWhatToDo() throws Exception {
        AccessModeCommand mode = wire(new AccessModeCommand());
        mode.provider = "nobody";
        mode.mode = "token";
        assertTrue(refused(mode).contains("provider:list"));
        mode.provider = "acme";
        mode.mode = "sometimes";
        assertTrue(refused(mode).contains("open, password, token, both"));
        mode.mode = "open";
        mode.bootstrap = "maybe";
        assertTrue(refused(mode).contains("on or off"));
        mode.bootstrap = null;
        mode.overlap = "a week";
        assertTrue(refused(mode).contains("12h or 7d"));
        mode.overlap = "99999d";
        assertTrue(refused(mode).contains("too long: at most 365d"));
        mode.overlap = null;
        mode.execute();
        assertTrue(printed().contains("Warning: in open mode"));
    }

    @Test
    public void showMasksUnlessRevealed() throws Exception {
        String password = fixture.access.credentials(PHONE).password();
        AccessShowCommand show = wire(new AccessShowCommand());
        show.mac = "00:15:65:A1:B2:C3";
        show.execute();
        String masked = printed();
        assertFalse(masked, masked.contains(password));
        assertTrue(masked, masked.contains("--reveal"));
        assertTrue(masked, masked.contains("not yet; allowed"));
        show.reveal = true;
        show.execute();
        String revealed = printed();
        assertTrue(revealed, revealed.contains(password));
        assertTrue(revealed, revealed.contains("These are secrets"));
    }

    @Test
    public void rotateNeedsPhonesAndNamesTheOverlap() throws Exception {
        String before = fixture.access.credentials(PHONE).password();
        AccessRotateCommand rotate = wire(new AccessRotateCommand());
        assertTrue(refused(rotate).contains("--provider"));
        rotate.macs = List.of("001565a1b2c3", "00:15:65:00:00:09");
        assertTrue(refused(rotate).contains("Not registered: 00:15:65:00:00:09"));
        assertEquals("nothing rotated on a mistake", before,
                fixture.access.credentials(PHONE).password());
        rotate.macs = List.of();
        rotate.provider = "acme";
        rotate.overlap = "2h";
        rotate.execute();
        String said = printed();
        assertTrue(said, said.contains("1 phone(s)") && said.contains("2026-12-01 12:00:00 UTC"));
        assertNotEquals(before, fixture.access.credentials(PHONE).password());
        String second = fixture.access.credentials(PHONE).password();
        rotate.provider = null;
        rotate.macs = List.of("001565a1b2c3", "00:15:65:A1:B2:C3");
        rotate.execute();
        String refusedAgain = printed();
        assertTrue(refusedAgain, refusedAgain.contains("Not rotated")
                && refusedAgain.contains("00:15:65:a1:b2:c3"));
        assertEquals("a second rotation within the overlap would lock a phone out", second,
                fixture.access.credentials(PHONE).password());
        rotate.overlap = "0h";
        rotate.execute();
        String ended = printed();
        assertTrue(ended, ended.contains("New credentials for 1 phone(s); the old ones no"));
    }

    @Test
    public void bindTakesAFingerprintInAnyFormAndUnbindUndoes() throws Exception {
        AccessBindCommand bind = wire(new AccessBindCommand());
        bind.mac = "001565a1b2c3";
        assertTrue(refused(bind).contains("--fingerprint"));
        bind.fingerprint = "12:34";
        assertTrue(refused(bind).contains("64 hex digits"));
        bind.fingerprint = null;
        for (String odd : new String[] {"", "not a dn ==="}) {
            bind.subject = odd;
            assertTrue(odd, refused(bind).contains("--subject takes a certificate subject"));
        }
        assertFalse(fixture.access.credentials(PHONE).bound());
        bind.subject = null;
        bind.fingerprint = "AB:".repeat(31) + "AB";
        bind.execute();
        assertTrue(printed().contains("ab".repeat(32)));
        assertTrue(fixture.access.credentials(PHONE).bound());
        AccessUnbindCommand unbind = wire(new AccessUnbindCommand());
        unbind.mac = "001565a1b2c3";
        unbind.execute();
        assertTrue(printed().contains("no longer bound"));
        assertFalse(fixture.access.credentials(PHONE).bound());
    }

    @Test
    public void liftNeedsAddressesOrAll() throws Exception {
        AccessLiftCommand lift = wire(new AccessLiftCommand());
        assertTrue(refused(lift).contains("--all"));
        lift.addresses = List.of("not-an-ip", "999.1.1.1");
        assertTrue(refused(lift).contains("Not an IP address: not-an-ip, 999.1.1.1"));
        lift.addresses = List.of("198.51.100.7");
        lift.execute();
        assertTrue(printed().contains("Not banned: 198.51.100.7"));
        wire(new AccessBansCommand()).execute();
        assertTrue(printed().contains("No address is banned"));
    }

    @Test
    public void fetchesListsTheAuditOfRegisteredAndUnknownMacs() throws Exception {
        fixture.access.record(PHONE, new FetchEvent(NOW, "203.0.113.5", "001565a1b2c3.cfg",
                401, "device 001565a1b2c3: wrong password"));
        Mac stranger = Mac.parse("001565000009");
        fixture.access.record(stranger, new FetchEvent(NOW, "198.51.100.1", "001565000009.cfg",
                401, "not registered"));
        fixture.flushAudit();
        DeviceFetchesCommand fetches = wire(new DeviceFetchesCommand());
        fetches.mac = "001565a1b2c3";
        fetches.execute();
        String own = printed();
        assertTrue(own, own.contains("203.0.113.5") && own.contains("wrong password"));
        fetches.mac = "00-15-65-00-00-09";
        fetches.execute();
        assertTrue(printed().contains("is not registered; device:add registers it"));
        fetches.lines = 0;
        assertTrue(refused(fetches).contains("1 to 1000"));
        fetches.lines = 20;
        fetches.mac = "zz";
        assertTrue(refused(fetches).length() > 0);
    }
}
