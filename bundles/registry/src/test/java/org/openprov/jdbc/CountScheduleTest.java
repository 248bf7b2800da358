package org.openprov.jdbc;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CountScheduleTest {

    /** Every 300 s, put off at most 1,800 s while 1,000 repeats a second or more come. */
    private final CountSchedule schedule = new CountSchedule(300_000, 1_800_000, 1000, 0);

    @Test
    public void quietCountsAreWrittenEachPeriod() {
        assertFalse(schedule.due(299_999, 10));
        assertTrue(schedule.due(300_000, 20));
        schedule.written(300_000);
        assertFalse(schedule.due(400_000, 30));
        assertTrue(schedule.due(600_000, 40));
    }

    @Test
    public void busyPhonesPutTheWriteOffUntilTheLongestDelay() {
        long seen = 0;
        for (long at = 1000; at < 1_800_000; at += 1000) {
            seen += 5000; // 5,000 repeats a second
            assertFalse("at " + at, schedule.due(at, seen));
        }
        assertTrue(schedule.due(1_800_000, seen + 5000));
    }

    @Test
    public void theWriteComesOnceThePhonesQuietDown() {
        assertFalse(schedule.due(299_000, 0));
        assertFalse(schedule.due(300_000, 2000)); // 2,000 a second over the last second
        assertFalse(schedule.due(300_500, 2000)); // the rate is measured over a second at least
        assertTrue(schedule.due(301_000, 2100)); // 100 a second
    }

    @Test
    public void impossibleSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CountSchedule(10, 5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CountSchedule(10, 20, 0, 0));
    }
}
