package org.openprov.jdbc;

/**
 * When counted repeats are written ({@link Repeats}): every period, put off while phones
 * fetch heavily — writing a fleet's counts takes the database and the heap from the fetches
 * — but never longer than a longest delay.
 */
public final class CountSchedule {

    /** How long a rate of rows is measured over, at least. */
    private static final long SAMPLE_MILLIS = 1000;

    private final long periodMillis;
    private final long longestMillis;
    private final long busyPerSecond;
    private long writtenAt;
    private long sampledAt;
    private long seenAtSample;
    private long perSecond;

    /**
     * @param periodMillis how often counts are written when phones are not busy
     * @param longestMillis how long at most they are put off
     * @param busyPerSecond from how many rows a second (repeats or written) the phones count
     *        as busy
     * @param now the time it starts, in milliseconds
     */
    public CountSchedule(long periodMillis, long longestMillis, long busyPerSecond, long now) {
        if (periodMillis < 0 || longestMillis < periodMillis || busyPerSecond < 1) {
            throw new IllegalArgumentException("need 0 <= period <= longest and busy >= 1: "
                    + periodMillis + ", " + longestMillis + ", " + busyPerSecond);
        }
        this.periodMillis = periodMillis;
        this.longestMillis = longestMillis;
        this.busyPerSecond = busyPerSecond;
        this.writtenAt = now;
        this.sampledAt = now;
    }

    /**
     * @param now the time, in milliseconds
     * @param seen how many rows were seen so far in all ({@link Repeats#seen})
     * @return whether to write the counts now; then call {@link #written}
     */
    public synchronized boolean due(long now, long seen) {
        if (now - sampledAt >= SAMPLE_MILLIS) {
            perSecond = (seen - seenAtSample) * 1000 / (now - sampledAt);
            seenAtSample = seen;
            sampledAt = now;
        }
        long since = now - writtenAt;
        return since >= longestMillis || since >= periodMillis && perSecond < busyPerSecond;
    }

    /** @param now when the counts were taken for writing */
    public synchronized void written(long now) {
        writtenAt = now;
    }
}
