package org.openprov.api.registry;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/**
 * The checks of {@link SipLine}'s values, kept beside the registry that stores them; the test
 * can move to the API module unchanged.
 */
public class SipLineTest {

    private static final String LABEL_63 = "a".repeat(63);

    @Test
    public void hostNamesIpv4AndBracketedIpv6AreAccepted() {
        List<String> servers = List.of("pbx.example.com", "PBX-1.Example.COM", "localhost",
                "192.0.2.10", "0.0.0.0", "255.255.255.255", "[2001:db8::10]", "[::1]",
                "[2001:DB8:0:0:8:800:200C:417A]", "[::ffff:192.0.2.1]", "[1:2:3:4:5:6:7::]",
                LABEL_63 + ".example.com", String.join(".", LABEL_63, LABEL_63, LABEL_63,
                        "a".repeat(61)));

        for (String server : servers) {
            assertEquals(server, line("1007", server).server());
        }
    }

    @Test
    public void aServerWithAPortPointsToThePortOption() {
        assertEquals("The SIP server 'pbx.example.com:5070' includes a port; give the server as"
                + " pbx.example.com and the port with --port 5070",
                serverRefusal("pbx.example.com:5070"));
        assertEquals("The SIP server '[2001:db8::10]:5070' includes a port; give the server as"
                + " [2001:db8::10] and the port with --port 5070",
                serverRefusal("[2001:db8::10]:5070"));
    }

    @Test
    public void aMalformedServerIsRefusedWithWhatIsWrong() {
        assertEquals("The SIP server 'http://evil/' is not valid: it starts with a scheme such as"
                + " sip: or http://; give a host name such as"
                + " pbx.example.com, an IPv4 address such as 192.0.2.10 or an IPv6 address in"
                + " brackets such as [2001:db8::10]", serverRefusal("http://evil/"));
        assertProblem("sip:pbx.example.com", "it starts with a scheme");
        assertProblem("pbx .example.com", "it contains a space");
        assertProblem("pbx..example.com", "it has an empty label");
        assertProblem(".pbx.example.com", "it has an empty label");
        assertProblem("pbx.example.com.", "it has an empty label");
        assertProblem("999.999.999.999", "it is not an IPv4 address");
        assertProblem("192.0.2", "it is not an IPv4 address");
        assertProblem("192.0.2.010", "it is not an IPv4 address");
        assertProblem("-pbx.example.com", "starts or ends with a dash");
        assertProblem(LABEL_63 + "a.example.com", "is 64 characters long; a label has at most 63");
        assertProblem(String.join(".", LABEL_63, LABEL_63, LABEL_63, "a".repeat(62)),
                "it is 254 characters long; a host name has at most 253");
        assertProblem("pbx_1.example.com", "'_' cannot be part of a host name");
        assertProblem("pbx.example.com/", "'/' cannot be part of a host name");
        assertProblem("2001:db8::10", "an IPv6 address is written in brackets, as [2001:db8::10]");
        assertProblem("[2001:db8::g]", "it is not an IPv6 address in brackets");
        assertProblem("[1:2:3:4:5:6:7:8:9]", "it is not an IPv6 address in brackets");
        assertProblem("[1::2::3]", "it is not an IPv6 address in brackets");
    }

    @Test
    public void aServerWithALineBreakIsNotRepeated() {
        String message = serverRefusal("pbx\n.example.com");

        assertTrue(message, message.startsWith("The SIP server is not valid: it contains a"
                + " control character"));
    }

    @Test
    public void anAddressGivenAsTheUserNamesItsUserPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> line("sip:1007@x", "pbx.example.com"));

        assertEquals("The SIP user 'sip:1007@x' is a SIP address, not its user part: write 1007,"
                + " not sip:1007@x", e.getMessage());
    }

    @Test
    public void aPasswordInsideAnAddressIsNotRepeated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> line("sip:1007:hunter2@pbx.example.com", "pbx.example.com"));

        assertFalse(e.getMessage(), e.getMessage().contains("hunter2"));
        assertTrue(e.getMessage(), e.getMessage().contains("--password-prompt"));
    }

    @Test
    public void usersRefuseWhatCannotBeInAUserPart() {
        for (String user : List.of("10 07", "1007/2", "<1007>", "\"1007\"", "10\t07", "1007@",
                ":1007", "müller")) {
            IllegalArgumentException e = assertThrows(user, IllegalArgumentException.class,
                    () -> line(user, "pbx.example.com"));
            assertTrue(e.getMessage(), e.getMessage().startsWith("The SIP user "));
        }
        assertEquals("The SIP user '1007/2' contains '/', which a SIP user cannot hold; use"
                + " letters, digits and - _ . ! ~ * ' ( ) & = + $ , ; ? #",
                assertThrows(IllegalArgumentException.class,
                        () -> line("1007/2", "pbx.example.com")).getMessage());
    }

    @Test
    public void theAuthenticationUserFollowsTheSameRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SipLine(1, "1007", "auth user", "pw", null, null, "pbx.example.com",
                        5060, Transport.UDP));

        assertEquals("The authentication user 'auth user' contains a space; a SIP user has none",
                e.getMessage());
    }

    @Test
    public void theUsualUserCharactersAreAccepted() {
        String user = "Alice.Smith-1_2!~*'()&=+$,;?#";

        SipLine line = new SipLine(1, "*97#", user, "pw", "Zoë <front desk>", "Zoë",
                "pbx.example.com", 5060, Transport.TLS);

        assertEquals(user, line.authUser());
        assertEquals("Zoë <front desk>", line.displayName());
    }

    @Test
    public void theLineAndPortRangesAndRequiredValuesStay() {
        assertEquals("Line number 65 is out of range; lines are numbered from 1 to 64",
                assertThrows(IllegalArgumentException.class, () -> new SipLine(65, "1007", null,
                        null, null, null, "pbx.example.com", 5060, Transport.UDP)).getMessage());
        assertEquals("", line("1007", " ").server());
        assertEquals("SIP port 65536 is out of range 1-65535", assertThrows(
                IllegalArgumentException.class, () -> new SipLine(1, "1007", null, null, null,
                        null, "", 65536, null)).getMessage());
        assertEquals("The SIP user is required", assertThrows(IllegalArgumentException.class,
                () -> line("", "pbx.example.com")).getMessage());
        assertEquals("SipLine[1 1007@pbx.example.com:5060;UDP, password=***]",
                new SipLine(1, "1007", null, "secret", null, null, "pbx.example.com", 5060,
                        Transport.UDP).toString());
    }

    @Test
    public void aLineLeavesServerPortAndTransportToTheSettings() {
        SipLine open = new SipLine(2, "1007", null, "pw", null, null, "", 0, null);

        SipLine filled = open.completedWith("pbx.example.com", 5080, Transport.TCP);
        SipLine own = line("1007", "sip.example.net").completedWith("pbx.example.com", 5080,
                Transport.TCP);

        assertEquals("SipLine[2 1007@pbx.example.com:5080;TCP, password=***]", filled.toString());
        assertEquals("SipLine[1 1007@sip.example.net:5060;UDP, password=***]", own.toString());
    }

    private static SipLine line(String user, String server) {
        return new SipLine(1, user, null, "secret", null, null, server, 5060, Transport.UDP);
    }

    private static String serverRefusal(String server) {
        return assertThrows(server, IllegalArgumentException.class, () -> line("1007", server))
                .getMessage();
    }

    private static void assertProblem(String server, String problem) {
        String message = serverRefusal(server);
        assertTrue(message, message.startsWith("The SIP server '" + server + "' is not valid: "));
        assertTrue(message, message.contains(problem));
    }
}
