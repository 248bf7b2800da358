package org.openprov.billing.command.completers;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers strings that start with what is being typed. */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private Completions() {
    }

    /**
     * @param session the console session
     * @param line the line being completed
     * @param candidates receives the matches
     * @param strings reads what to offer, when Tab is pressed
     * @return where completion applies, or -1 for nowhere
     */
    static int offer(Session session, CommandLine line, List<String> candidates,
            Supplier<Collection<String>> strings) {
        try {
            return new StringsCompleter(strings.get()).complete(session, line, candidates);
        } catch (IllegalStateException storageFailure) {
            // Tab must not print a stack trace; the command will report the failure itself.
            LOG.debug("No completion: {}", storageFailure.getMessage(), storageFailure);
            return -1;
        }
    }
}
