package org.openprov.billing.command.completers;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * Completes months as {@code yyyy-mm}: the platform clock's current month and the
 * {@value #PAST} before it, the ones billing is run for.
 */
@Service
public class MonthCompleter implements Completer {

    /** How many months before the current one are offered. */
    static final int PAST = 12;

    /** The platform's clock, which tests and demos move; the system's while there is none. */
    @Reference(optional = true)
    Clock clock;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, this::recent);
    }

    /** @return the current month, then each month before it, newest first */
    List<String> recent() {
        YearMonth month = YearMonth.now(clock == null ? Clock.systemUTC() : clock);
        List<String> months = new ArrayList<>();
        for (int i = 0; i <= PAST; i++) {
            months.add(month.minusMonths(i).toString());
        }
        return months;
    }
}
