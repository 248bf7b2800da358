package org.openprov.templates.command.completers;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers the strings that start with what is being typed. */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private Completions() {
    }

    /**
     * @param session the console session
     * @param line the line being completed
     * @param candidates receives the matches
     * @param strings what to offer, read when Tab is pressed
     * @return where completion applies, or -1 for nowhere
     */
    static int offer(Session session, CommandLine line, List<String> candidates,
            Supplier<Collection<String>> strings) {
        Collection<String> offered;
        try {
            offered = strings.get();
        } catch (IllegalStateException storageFailure) {
            // Tab must not print a stack trace; the command itself reports the failure.
            LOG.debug("Nothing to complete: {}", storageFailure.getMessage(), storageFailure);
            return -1;
        }
        return new StringsCompleter(offered).complete(session, line, candidates);
    }
}
