package org.openprov.itest;

import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Every vendor bundle beyond Yealink and Poly on the running distribution: a phone of that
 * vendor registered at the console fetches its own file with a real User-Agent; the vendor's
 * feature is uninstalled (its files answer 404, the others' still 200) and installed again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VendorsIT extends OpenProvTestSupport {

    private static final String YEALINK_UA = "Yealink SIP-T54W 96.86.0.100";

    /** One vendor's phone: how its file is named and what it sends as User-Agent. */
    private record Phone(String vendor, String model, String oui, Function<String, String> file,
            Function<String, String> userAgent) {
    }

    private static final List<Phone> PHONES = List.of(
            new Phone("cisco", "8841", "00562b", mac -> mac + ".xml",
                    mac -> "Cisco-CP-8841-3PCC/11.0 (" + mac + ")"),
            new Phone("grandstream", "GXP2170", "000b82", mac -> "cfg" + mac + ".xml",
                    mac -> "Grandstream Model HW GXP2170 SW 1.0.11.85 DevId " + mac),
            new Phone("snom", "710", "000413", mac -> "snom710-" + upper(mac) + ".htm",
                    mac -> "Mozilla/4.0 (compatible; snom710-SIP 8.7.5.35 1.1.5-IFX " + mac + ")"),
            new Phone("fanvil", "X5U-V2", "0c383e", mac -> mac + ".cfg",
                    mac -> "Fanvil X5U-V2 2.12.16.17 " + mac),
            new Phone("mitel", "6940", "1400e9", mac -> upper(mac) + ".cfg",
                    mac -> "Mitel6940 MAC:" + upper(mac).replaceAll("(..)(?!$)", "$1-")
                            + " V:6.4.0.140-SIP"),
            new Phone("audiocodes", "440HD", "00908f", mac -> mac + ".cfg",
                    mac -> "AUDC-IPPhone/2.2.8.61 (440HDG-Rev0; " + upper(mac) + ")"));

    @Test
    public void eachVendorServesItsPhoneAndComesAndGoesAlone() throws Exception {
        run("provider:add mixed");
        run("customer:add mixed hq");
        String yealink = uniqueMac("001565");
        run("device:add mixed hq " + yealink + " yealink T54W");
        run("device:line-set --password pw " + yealink + " 1 1000 pbx.example.com");
        for (Phone phone : PHONES) {
            check(phone, yealink);
        }
    }

    @Test
    public void aCiscoBootstrapPointsThePhoneAtItsOwnFile() {
        String mpp = text(fetch("/prov/CP-8841-3PCC.xml", "Cisco-CP-8841-3PCC/11.0"));
        String spa = text(fetch("/prov/spa504G.cfg", "Cisco/SPA504G-7.6.2"));

        String own = baseUrl() + "/prov/$MA.xml";
        assertTrue(mpp, mpp.contains(own));
        assertTrue(spa, spa.contains(own));
    }

    private void check(Phone phone, String yealink) throws Exception {
        String mac = uniqueMac(phone.oui);
        run("device:add mixed hq " + mac + " " + phone.vendor + " " + phone.model);
        run("device:line-set --password s3cret --display-name Zoe " + mac + " 1 1001"
                + " pbx.example.com");
        String path = "/prov/" + phone.file.apply(mac);
        String agent = phone.userAgent.apply(mac);
        HttpResponse<byte[]> served = fetch(path, agent);
        assertAnswer(200, served);
        String body = text(served);
        assertTrue(phone.vendor + ": " + body, body.contains("1001")
                && body.contains("pbx.example.com"));

        String feature = "openprov-vendor-" + phone.vendor;
        run("feature:uninstall " + feature);
        await(phone.vendor + " files to answer 404", Duration.ofSeconds(20),
                () -> fetch(path, agent).statusCode() == 404);
        assertAnswer(200, fetch("/prov/" + yealink + ".cfg", YEALINK_UA + " " + yealink));
        run("feature:install " + feature);
        await(phone.vendor + " files to answer again", Duration.ofSeconds(30),
                () -> fetch(path, agent).statusCode() == 200);
    }

    private static String upper(String mac) {
        return mac.toUpperCase(Locale.ROOT);
    }
}
