package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Templates on the running distribution: created at the console at three levels, applied to a
 * phone added later by auto-apply, changed and seen at the phone's next fetch, locks refused on
 * the device, and an EXPIRED phone that keeps its file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TemplatesIT extends OpenProvTestSupport {

    private static final String UA = "Yealink SIP-T54W 96.86.0.100 ";

    @After
    public void resetClock() {
        run("clock:shift --reset");
    }

    @Test
    public void aTemplateChangeReachesThePhoneAtItsNextFetch() {
        String id = uniqueMac("00eeee").substring(6);
        String provider = "tpl-" + id;
        run("provider:add " + provider);
        run("customer:add " + provider + " dental");
        run("template:create --state auto-apply base-" + id);
        run("template:set --lock base-" + id + " ntp.server pool.ntp.org");
        run("template:create --provider " + provider + " --state auto-apply prov-" + id);
        run("template:set prov-" + id + " sip.server pbx1.example.com");
        run("template:create --provider " + provider + " --customer dental --vendor yealink"
                + " --state auto-apply cust-" + id);
        run("template:key-set --target 201 --label Reception cust-" + id + " 1 blf");

        String mac = uniqueMac("001565");
        run("device:add " + provider + " dental " + mac + " yealink T54W");
        run("device:line-set --password s3cret-pw " + mac + " 1 1001");
        HttpResponse<byte[]> first = fetch("/prov/" + mac + ".cfg", UA + mac);
        assertAnswer(200, first);
        String file = text(first);
        assertTrue(file, file.contains("pool.ntp.org") && file.contains("pbx1.example.com")
                && file.contains("201") && file.contains("Reception"));

        String locked = runFailing("device:setting-set " + mac + " ntp.server ntp.example.org");
        assertTrue(locked, locked.contains("locked by template base-" + id));

        run("template:set prov-" + id + " sip.server pbx2.example.com");
        String diff = run("device:config-preview --diff " + mac);
        assertTrue(diff, diff.contains("pbx2.example.com") && diff.contains("- ")
                && diff.contains("+ "));
        HttpResponse<byte[]> next = fetchIfNoneMatch(mac, first);
        assertAnswer(200, next);
        assertNotEquals(etag(first), etag(next));
        assertTrue(text(next), text(next).contains("pbx2.example.com"));

        String preview = run("device:config-preview " + mac);
        assertTrue(preview, preview.contains("template prov-" + id + " (provider)")
                && preview.contains("template base-" + id + " (platform, locked)"));
        assertFalse(preview, preview.contains("s3cret-pw"));
    }

    @Test
    public void anExpiredPhoneKeepsTheFileItHadAtExpiry() {
        String id = uniqueMac("00ffff").substring(6);
        String provider = "exp-" + id;
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        run("pplus:enable " + provider);
        run("template:create --provider " + provider + " --state auto-apply t-" + id);
        run("template:set t-" + id + " time.zone Europe/Paris");
        String mac = uniqueMac("001565");
        run("device:add --pplus " + provider + " main " + mac + " yealink T54W");
        run("device:line-set --password secret " + mac + " 1 1001 pbx.example.com");
        HttpResponse<byte[]> first = fetch("/prov/" + mac + ".cfg", UA + mac);
        assertAnswer(200, first);

        run("clock:shift 31d");
        run("template:set t-" + id + " ntp.server ntp.changed.example.com");
        HttpResponse<byte[]> later = fetch("/prov/" + mac + ".cfg", UA + mac);

        assertAnswer(200, later);
        assertEquals(etag(first), etag(later));
        assertFalse(text(later), text(later).contains("ntp.changed.example.com"));
        assertTrue(run("device:config-preview " + mac).contains("EXPIRED"));
    }

    private HttpResponse<byte[]> fetchIfNoneMatch(String mac, HttpResponse<byte[]> before) {
        return sendWith("/prov/" + mac + ".cfg", UA + mac, etag(before).orElseThrow());
    }

    private static Optional<String> etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag");
    }
}
