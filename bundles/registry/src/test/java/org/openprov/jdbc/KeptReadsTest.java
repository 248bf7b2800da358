package org.openprov.jdbc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/** Values kept until this process changes them, and never a value read across a change. */
public class KeptReadsTest {

    private final KeptReads<String, Long> kept = new KeptReads<>(3);
    private final AtomicInteger reads = new AtomicInteger();

    private Long read(String key) {
        reads.incrementAndGet();
        return key.equals("none") ? null : (long) key.length();
    }

    @Test
    public void aValueIsReadOnceUntilItChanges() {
        assertEquals(Long.valueOf(3), kept.get("abc", this::read));
        assertEquals(Long.valueOf(3), kept.get("abc", this::read));
        assertEquals(1, reads.get());
        kept.changed("abc");
        kept.get("abc", this::read);
        assertEquals(2, reads.get());
    }

    @Test
    public void nothingFoundIsKeptToo() {
        assertNull(kept.get("none", this::read));
        assertNull(kept.get("none", this::read));
        assertEquals(1, reads.get());
    }

    @Test
    public void aReadOverlappingAChangeIsNotKept() {
        kept.get("abc", key -> {
            kept.changed("abc"); // committed while the old value was being read
            return 1L;
        });
        assertEquals(Long.valueOf(3), kept.get("abc", this::read));
        assertEquals(1, reads.get());
    }

    @Test
    public void beyondTheLimitEverythingIsReadAgain() {
        kept.get("a", this::read);
        kept.get("bb", this::read);
        kept.get("ccc", this::read);
        kept.get("dddd", this::read);
        assertEquals(1, kept.size());
        kept.changedAll();
        assertEquals(0, kept.size());
    }
}
