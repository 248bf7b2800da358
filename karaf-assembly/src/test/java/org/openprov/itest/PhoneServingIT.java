package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.w3c.dom.Element;

/**
 * The backbone end to end: an administrator registers phones at the console, real Yealink and
 * Poly phones fetch their boot sequence from the endpoint, and a vendor feature is removed and
 * installed again while the other vendor keeps answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PhoneServingIT extends OpenProvTestSupport {

    /** From shared/fixtures/user-agents.tsv (SIP-T54W row shape, fw 96). */
    private static final String YEALINK_UA = "Yealink SIP-T54W 96.86.0.100 ";
    /** From shared/fixtures/user-agents.tsv and request-logs.txt (VVX 500 boot). */
    private static final String POLY_UA =
            "FileTransport PolycomVVX-VVX_450-UA/6.4.6.2341 Type/Application";

    private static final String DISPLAY_NAME = "Zoë \"Z\" Example & <Co>";
    private static final String PASSWORD = "s3cret&<>\"x";

    @Test
    public void allBundlesStart() {
        assertAllBundlesActive();
        String vendors = run("vendor:list");
        assertTrue(vendors, vendors.contains("yealink") && vendors.contains("polycom"));
    }

    @Test
    public void yealinkPhoneFetchesItsBootSequence() throws Exception {
        String mac = uniqueMac("001565");
        String colons = mac.replaceAll("(..)(?!$)", "$1:");
        register("yealink", "T54W", colons.toUpperCase());
        String agent = YEALINK_UA + colons;

        assertAnswer(404, fetch("/prov/" + mac + ".boot", agent));
        assertAnswer(404, fetch("/prov/y000000000000.boot", agent));
        HttpResponse<byte[]> common = fetch("/prov/y000000000096.cfg", agent);
        assertAnswer(200, common);
        assertFalse("common file holds a secret", text(common).contains("s3cret"));

        HttpResponse<byte[]> own = fetch("/prov/" + mac + ".cfg", agent);
        assertAnswer(200, own);
        String body = text(own);
        assertTrue(body, body.startsWith("#!version:1.0.0.1\n"));
        assertTrue(body, body.contains("= 1001\n"));
        assertTrue(body, body.contains(PASSWORD));
        assertTrue(body, body.contains(DISPLAY_NAME));
        assertTrue(body, body.contains("pbx.example.com"));
        assertTrue(own.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String etag = own.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> head = send("HEAD", "/prov/" + mac + ".cfg", agent);
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.headers().firstValue("ETag").orElseThrow());
        assertEquals(String.valueOf(own.body().length),
                head.headers().firstValue("Content-Length").orElseThrow());

        String shown = run("device:show " + mac);
        assertTrue(shown, shown.contains(mac + ".cfg"));
        assertFalse("device:show printed a password: " + shown, shown.contains("s3cret"));
    }

    @Test
    public void polyPhoneFetchesItsBootSequence() throws Exception {
        String mac = uniqueMac("0004f2");
        register("polycom", "VVX 450", mac.replaceAll("(....)(?!$)", "$1."));

        assertAnswer(404, fetch("/prov/" + mac + ".cfg", POLY_UA));
        HttpResponse<byte[]> master = fetch("/prov/000000000000.cfg", POLY_UA);
        assertAnswer(200, master);
        String masterText = text(master);
        assertTrue(masterText, masterText.contains("[PHONE_MAC_ADDRESS]-openprov.cfg"));
        assertFalse("master file holds a secret", masterText.contains("s3cret"));

        HttpResponse<byte[]> own = fetch("/prov/" + mac + "-openprov.cfg", POLY_UA);
        assertAnswer(200, own);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(own.body())).getDocumentElement();
        assertEquals("polycomConfig", root.getTagName());
        assertEquals(DISPLAY_NAME, root.getAttribute("reg.1.displayName"));
        assertEquals(PASSWORD, root.getAttribute("reg.1.auth.password"));
        assertEquals("pbx.example.com", root.getAttribute("reg.1.server.1.address"));

        for (String other : new String[] {"-phone.cfg", "-web.cfg", "-license.cfg",
                "-calls.xml", "-directory.xml"}) {
            assertAnswer(404, fetch("/prov/" + mac + other, POLY_UA));
        }
        assertAnswer(404, fetch("/prov/000000000000-license.cfg", POLY_UA));
        assertAnswer(404, fetch("/prov/3111-44500-001.sip.ld", POLY_UA));
    }

    @Test
    public void strangersGetAnEmptyNotFound() {
        HttpResponse<byte[]> unknown = fetch("/prov/001565ffff01.cfg", YEALINK_UA);
        assertAnswer(404, unknown);
        assertEquals(0, unknown.body().length);
        assertAnswer(404, fetch("/prov/nothing-here.txt", null));
        assertAnswer(404, fetch("/prov/", null));
        assertAnswer(404, fetch("/elsewhere/001565ffff01.cfg", YEALINK_UA));
        HttpResponse<byte[]> traversal = fetch("/prov/..%2f..%2fetc%2fpasswd", null);
        assertTrue("traversal answered " + traversal.statusCode(),
                traversal.statusCode() == 400 || traversal.statusCode() == 404);
        assertAnswer(traversal.statusCode(), traversal);
        assertEquals(0, traversal.body().length);
        // An upload for a phone that is not registered is refused like any unknown file.
        assertAnswer(404, send("PUT", "/prov/001565ffff01-boot.log", YEALINK_UA));
        HttpResponse<byte[]> delete = send("DELETE", "/prov/001565ffff01.cfg", YEALINK_UA);
        assertAnswer(405, delete);
        assertEquals("GET, HEAD, PUT", delete.headers().firstValue("Allow").orElse(""));
    }

    @Test
    public void consoleExplainsMistakes() {
        String provider = "acme-" + uniqueMac("00aaaa").substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        String badMac = runFailing("device:add " + provider + " main 00:15:65:zz:00:01"
                + " yealink T54W");
        assertTrue(badMac, badMac.contains("not a MAC address"));
        String badModel = runFailing("device:add " + provider + " main " + uniqueMac("001565")
                + " yealink T99X");
        assertTrue(badModel, badModel.contains("T54W"));
        String badVendor = runFailing("device:add " + provider + " main " + uniqueMac("001565")
                + " acmephone A1");
        assertTrue(badVendor, badVendor.contains("installed vendors")
                && badVendor.contains("openprov-vendor"));
        String mac = uniqueMac("001565");
        run("device:add " + provider + " main " + mac + " yealink T54W");
        String duplicate = runFailing("device:add " + provider + " main " + mac
                + " yealink T54W");
        assertTrue(duplicate, duplicate.contains("already registered"));
    }

    @Test
    public void removingAVendorFeatureOnlyAffectsThatVendor() throws Exception {
        String yealink = uniqueMac("001565");
        String poly = uniqueMac("0004f2");
        register("yealink", "T46U", yealink);
        register("polycom", "VVX250", poly);
        String polyFile = "/prov/" + poly + "-openprov.cfg";
        String yealinkFile = "/prov/" + yealink + ".cfg";
        assertAnswer(200, fetch(polyFile, POLY_UA));

        run("feature:uninstall openprov-vendor-polycom");
        await("Poly files to answer 404", Duration.ofSeconds(10),
                () -> fetch(polyFile, POLY_UA).statusCode() == 404);
        assertAnswer(404, fetch("/prov/000000000000.cfg", POLY_UA));
        assertAnswer(200, fetch(yealinkFile, YEALINK_UA));

        run("feature:install openprov-vendor-polycom");
        await("Poly files to answer again", Duration.ofSeconds(20),
                () -> fetch(polyFile, POLY_UA).statusCode() == 200);
        assertAnswer(200, fetch("/prov/000000000000.cfg", POLY_UA));
        assertAnswer(200, fetch(yealinkFile, YEALINK_UA));
    }

    /** Registers a device with two lines and settings, through the console. */
    private void register(String vendor, String model, String macAsTyped) {
        String provider = "prov-" + uniqueMac("00bbbb").substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main-office");
        run("device:add --label 'desk 1' " + provider + " main-office " + macAsTyped + " "
                + vendor + " '" + model + "'");
        run("device:line-set --password '" + PASSWORD + "' --display-name '"
                + DISPLAY_NAME + "' " + macAsTyped + " 1 1001 pbx.example.com");
        run("device:line-set --transport tcp --port 5080 " + macAsTyped
                + " 2 1002 pbx.example.com");
        run("device:setting-set " + macAsTyped + " ntp.server ntp.example.com");
        run("device:setting-set " + macAsTyped + " time.zone Europe/Paris");
        run("device:setting-set " + macAsTyped + " admin.password 'Adm1n&\"pw'");
    }
}
