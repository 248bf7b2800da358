package org.openprov.bench.command;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code bench:heap}. */
@Command(scope = "bench", name = "heap", description = "Runs a full garbage collection, then"
        + " prints the Java heap in use, committed and at most, in MB (10^6 bytes)")
@Service
public class BenchHeapCommand implements Action {

    private static final double MB = 1e6;

    /** Where the command writes; Karaf routes {@code System.out} to the session's console. */
    PrintStream out = System.out;

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Override
    public Object execute() {
        // A second collection frees what the first one only finalised.
        memory.gc();
        memory.gc();
        out.println(describe(memory.getHeapMemoryUsage()));
        return null;
    }

    /**
     * @param heap the heap's usage
     * @return e.g. {@code Heap after GC: 81.2 MB in use, 301.9 MB committed, 6291.5 MB max}
     */
    static String describe(MemoryUsage heap) {
        String max = heap.getMax() < 0 ? "no" : String.format(Locale.ROOT, "%.1f MB",
                heap.getMax() / MB);
        return String.format(Locale.ROOT, "Heap after GC: %.1f MB in use, %.1f MB committed, %s"
                + " max", heap.getUsed() / MB, heap.getCommitted() / MB, max);
    }
}
