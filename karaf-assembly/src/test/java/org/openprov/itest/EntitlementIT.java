package org.openprov.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openprov.api.entitlement.EntitlementService;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Provisioning Plus on the running distribution: a device's window starts with its first
 * fetch, the clock moves past it, the device is EXPIRED and locked but still served, a license
 * makes it LICENSED; the window survives the entitlement bundle being stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EntitlementIT extends OpenProvTestSupport {

    private static final String UA = "Yealink SIP-T54W 96.86.0.100 ";

    @After
    public void resetClock() {
        run("clock:shift --reset");
    }

    @Test
    public void windowExpiryLockAndLicense() {
        String provider = plusProvider();
        String mac = plusDevice(provider);
        assertTrue(run("device:show " + mac), run("device:show " + mac).contains("PENDING"));

        HttpResponse<byte[]> first = fetch("/prov/" + mac + ".cfg", UA + mac);
        assertAnswer(200, first);
        assertTrue(run("device:show " + mac).contains("ACTIVE (30 days left)"));

        run("clock:shift 31d");
        String expired = run("device:list --state EXPIRED --provider " + provider);
        assertTrue(expired, expired.contains(colons(mac)));
        String refusal = runFailing("device:line-set " + mac + " 1 2002 pbx.example.com");
        assertTrue(refusal, refusal.contains("EXPIRED") && refusal.contains("license:add"));
        HttpResponse<byte[]> later = fetch("/prov/" + mac + ".cfg", UA + mac);
        assertAnswer(200, later);
        assertEquals("an EXPIRED device keeps its configuration",
                first.headers().firstValue("ETag"), later.headers().firstValue("ETag"));

        String licensed = run("license:add --yes " + mac);
        assertTrue(licensed, licensed.contains("LICENSED"));
        assertTrue(run("device:show " + mac).contains("LICENSED (expires in"));
        run("device:line-set " + mac + " 1 2002 pbx.example.com");
        assertTrue(text(fetch("/prov/" + mac + ".cfg", UA + mac)).contains("= 2002\n"));
    }

    @Test
    public void providerRulesAreEnforcedAtTheConsole() {
        String provider = "plain-" + uniqueMac("00cccc").substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        runFailingAs("pplus:enable " + provider, "admin", "manager", "viewer");
        String notEnabled = runFailing("device:add --pplus " + provider + " main "
                + uniqueMac("001565") + " yealink T54W");
        assertTrue(notEnabled, notEnabled.contains(provider));

        run("pplus:enable " + provider);
        String forced = run("pplus:force " + provider);
        assertTrue(forced, forced.contains("from now on") && forced.contains("unchanged"));
        String monthly = runFailing("device:add --no-pplus " + provider + " main "
                + uniqueMac("001565") + " yealink T54W");
        assertTrue(monthly, monthly.contains("forces"));
        String added = run("device:add " + provider + " main " + uniqueMac("001565")
                + " yealink T54W");
        assertTrue(added, added.contains("Provisioning Plus"));
    }

    @Test
    public void deliveriesWhileEntitlementIsStoppedStillStartTheWindow() throws Exception {
        String mac = plusDevice(plusProvider());
        run("bundle:stop org.openprov.entitlement");
        try {
            assertAnswer(200, fetch("/prov/" + mac + ".cfg", UA + mac));
            String refused = runFailing("device:line-set " + mac + " 1 3003 pbx.example.com");
            assertTrue(refused, refused.contains("not running"));
        } finally {
            run("bundle:start org.openprov.entitlement");
        }
        await("the entitlement service to return", Duration.ofSeconds(20),
                () -> bundleContext.getServiceReference(EntitlementService.class) != null);
        await("the window to show", Duration.ofSeconds(10),
                () -> run("device:show " + mac).contains("ACTIVE (30 days left)"));
    }

    @Test
    public void concurrentFirstFetchesStartOneWindow() throws Exception {
        String mac = plusDevice(plusProvider());
        List<Event> started = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, EntitlementService.TOPIC_WINDOW_STARTED);
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(
                EventHandler.class, e -> {
                    if (mac.equals(e.getProperty("mac"))) {
                        started.add(e);
                    }
                }, topics);
        try {
            assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), fetchTogether(mac, 8));
            await("the window-started event", Duration.ofSeconds(10), () -> !started.isEmpty());
            Thread.sleep(1000); // a second event, if any, would have arrived by now
            assertEquals(1, started.size());
        } finally {
            listener.unregister();
        }
    }

    private List<Integer> fetchTogether(String mac, int phones) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(phones);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < phones; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return fetch("/prov/" + mac + ".cfg", UA + mac).statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return statuses;
    }

    private String plusProvider() {
        String provider = "plus-" + uniqueMac("00dddd").substring(6);
        run("provider:add " + provider);
        run("customer:add " + provider + " main");
        run("pplus:enable " + provider);
        return provider;
    }

    private String plusDevice(String provider) {
        String mac = uniqueMac("001565");
        run("device:add --pplus " + provider + " main " + mac + " yealink T54W");
        run("device:line-set --password secret " + mac + " 1 1001 pbx.example.com");
        return mac;
    }

    private static String colons(String mac) {
        return mac.replaceAll("(..)(?!$)", "$1:");
    }
}
