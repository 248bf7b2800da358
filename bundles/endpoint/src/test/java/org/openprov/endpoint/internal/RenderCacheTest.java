package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** The render cache: bounded by the memory its entries hold, valid while their stamps are. */
public class RenderCacheTest {

    private static final RenderCache.Stamp STAMP = new RenderCache.Stamp(1, 1, List.of());

    @Test
    public void anEntryIsFoundWhileItsStampsAreTheSame() {
        RenderCache cache = new RenderCache(1_000_000);
        cache.put("a/x.cfg", entry(100, () -> { }));

        assertTrue(cache.find("a/x.cfg", STAMP, 0).isPresent());
        assertFalse(cache.find("a/x.cfg", new RenderCache.Stamp(2, 1, List.of()), 0)
                .isPresent());
        assertFalse(cache.find("a/x.cfg", new RenderCache.Stamp(1, 2, List.of()), 0)
                .isPresent());
        assertFalse(cache.find("a/x.cfg", STAMP, RenderCache.TTL_MILLIS + 1).isPresent());
    }

    @Test
    public void theEntriesNeverHoldMoreThanTheBudget() {
        long weight = RenderCache.weigh("mac-0000/x.cfg", entry(1000, () -> { }));
        long budget = 50 * weight;
        RenderCache cache = new RenderCache(budget);

        for (int i = 0; i < 1000; i++) {
            cache.put(String.format("mac-%04d/x.cfg", i), entry(1000, () -> { }));
            assertTrue(cache.bytes() <= budget);
        }

        assertTrue(cache.size() > 40);
        assertTrue(cache.size() <= 50);
        assertEquals(cache.size() * weight, cache.bytes());
    }

    @Test
    public void replacingAnEntryCountsItOnce() {
        RenderCache cache = new RenderCache(1_000_000);
        cache.put("a/x.cfg", entry(100, () -> { }));
        cache.put("a/x.cfg", entry(300, () -> { }));

        assertEquals(1, cache.size());
        assertEquals(RenderCache.weigh("a/x.cfg", entry(300, () -> { })), cache.bytes());
    }

    @Test
    public void aFileLargerThanTheBudgetIsNotKept() {
        RenderCache cache = new RenderCache(2000);
        cache.put("a/x.cfg", entry(5000, () -> { }));

        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
    }

    @Test
    public void keepRunsOnceAndLetsGoOfItsTask() {
        AtomicInteger runs = new AtomicInteger();
        RenderCache.Entry entry = entry(10, runs::incrementAndGet);

        entry.keep().run();
        entry.keep().run();

        assertEquals(1, runs.get());
    }

    @Test
    public void aCopyLetGoIsNeverKept() {
        AtomicInteger runs = new AtomicInteger();
        RenderCache.Entry entry = entry(10, runs::incrementAndGet);

        entry.letGo();
        entry.keep().run();

        assertEquals(0, runs.get());
    }

    private static RenderCache.Entry entry(int size, Runnable keep) {
        Answer answer = new Answer(200, new byte[size], "text/plain", "\"e\"", "test");
        return new RenderCache.Entry(STAMP, 0, null, answer, keep, new AtomicBoolean());
    }
}
