package org.openprov.registry.command.completers;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the completers share: offering strings, and reading the words typed before. */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private Completions() {
    }

    /**
     * Offers the strings that start with what is being typed.
     *
     * @param session the console session
     * @param line the command line being completed
     * @param candidates receives the matching strings
     * @param strings reads the strings to offer
     * @return the position completion applies at, or -1 for none
     */
    static int offer(Session session, CommandLine line, List<String> candidates,
            Supplier<Collection<String>> strings) {
        try {
            return new StringsCompleter(strings.get()).complete(session, line, candidates);
        } catch (IllegalStateException storageFailure) {
            // Tab must not print a stack trace; the command itself will report the failure.
            LOG.debug("No completion: {}", storageFailure.getMessage(), storageFailure);
            return -1;
        }
    }

    /**
     * @param line the command line being completed
     * @return the words typed before the one being completed, without the command's name
     */
    static List<String> before(CommandLine line) {
        String[] words = line.getArguments();
        int end = Math.min(line.getCursorArgumentIndex(), words.length);
        return end <= 1 ? List.of() : Arrays.asList(words).subList(1, end);
    }

    /**
     * @param words words typed before
     * @param names an option's names, e.g. {@code --provider} and {@code -p}
     * @return the value typed after that option, if any
     */
    static Optional<String> option(List<String> words, String... names) {
        List<String> wanted = List.of(names);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (wanted.contains(words.get(i))) {
                return Optional.of(words.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
