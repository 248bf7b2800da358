package org.openprov.registry.command.completers;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Provider;

/**
 * Completes customer names: those of the provider typed earlier on the line (after
 * {@code --provider}, or as an earlier argument), else every provider's.
 */
@Service
public class CustomerNameCompleter implements Completer {

    @Reference
    DeviceRegistry registry;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, () -> names(line));
    }

    private TreeSet<String> names(CommandLine line) {
        String provider = provider(Completions.before(line)).orElse(null);
        TreeSet<String> names = new TreeSet<>();
        registry.customers(provider).stream().map(Customer::name).forEach(names::add);
        return names;
    }

    private Optional<String> provider(List<String> words) {
        Optional<String> option = Completions.option(words, "--provider", "-p");
        if (option.isPresent()) {
            return option;
        }
        List<String> providers = registry.providers().stream().map(Provider::name).toList();
        return words.stream().filter(providers::contains).findFirst();
    }
}
