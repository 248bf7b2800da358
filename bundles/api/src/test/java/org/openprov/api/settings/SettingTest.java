package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.Test;

/** The rules of the {@link Setting} vocabulary. */
public class SettingTest {

    @Test
    public void anNtpServerIsAHostNameOrAnIpv4Address() {
        for (String server : List.of("pool.ntp.org", "ntp-1.example.com", "192.0.2.1", "ntp")) {
            assertEquals(server, Setting.NTP_SERVER.validate(server));
        }
    }

    @Test
    public void anNtpServerFollowsTheHostRuleOfASipServer() {
        assertEquals("Setting ntp.server: 'ntp..x' is not valid (it has an empty label: two dots"
                + " together, or a dot at the start or the end); expected a host name or an"
                + " IPv4 address, e.g. pool.ntp.org", refusal(Setting.NTP_SERVER, "ntp..x"));
        assertTrue(refusal(Setting.NTP_SERVER, "999.999.999.999")
                .contains("it is not an IPv4 address"));
        assertTrue(refusal(Setting.NTP_SERVER, "pool.ntp.org:123").contains("includes a port"));
        assertTrue(refusal(Setting.NTP_SERVER, "[2001:db8::1]").contains("IPv6"));
        assertTrue(refusal(Setting.NTP_SERVER, "udp://pool.ntp.org").contains("scheme"));
        assertEquals("Setting ntp.server: '' is not valid (it is empty); expected a host name or"
                + " an IPv4 address, e.g. pool.ntp.org", refusal(Setting.NTP_SERVER, ""));
    }

    @Test
    public void everyJavaZoneButTheSystemVOnesIsATimeZone() {
        int accepted = 0;
        for (String zone : ZoneId.getAvailableZoneIds()) {
            if (!zone.startsWith("SystemV/")) {
                assertEquals(zone, Setting.TIME_ZONE.validate(zone));
                accepted++;
            }
        }

        assertTrue(String.valueOf(accepted), accepted > 400);
        for (String zone : List.of("UTC", "CET", "EST5EDT", "Etc/GMT+5", "Europe/Paris")) {
            assertEquals(zone, Setting.TIME_ZONE.validate(zone));
        }
    }

    @Test
    public void otherTimeZonesAreRefusedWithTheRule() {
        assertEquals("Setting time.zone: 'SystemV/EST5' is not valid; expected an IANA time zone"
                + " name such as Europe/Paris", refusal(Setting.TIME_ZONE, "SystemV/EST5"));
        for (String zone : List.of("Mars/Olympus", "europe/paris", "+05:00", "UTC+5", "", " ")) {
            assertTrue(zone, refusal(Setting.TIME_ZONE, zone).startsWith("Setting time.zone: '"
                    + zone + "' is not valid"));
        }
    }

    @Test
    public void aSecretIsNeverRepeated() {
        String message = refusal(Setting.ADMIN_PASSWORD, "s3cret\n");

        assertEquals("Setting admin.password: (hidden) is not valid; expected 1 to 64 printable"
                + " characters", message);
        assertFalse(message, message.contains("s3cret"));
        assertEquals("Adm1n&\"pw", Setting.ADMIN_PASSWORD.validate("Adm1n&\"pw"));
    }

    private static String refusal(Setting setting, String value) {
        return assertThrows(value, IllegalArgumentException.class, () -> setting.validate(value))
                .getMessage();
    }
}
