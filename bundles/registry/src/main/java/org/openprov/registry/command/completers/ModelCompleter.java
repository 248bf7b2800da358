package org.openprov.registry.command.completers;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.generator.ModelInfo;
import org.openprov.registry.command.InstalledVendors;
import org.osgi.framework.BundleContext;

/**
 * Completes model ids: those of the vendor typed earlier on the line, else those of every
 * installed vendor.
 */
@Service
public class ModelCompleter implements Completer {

    @Reference
    BundleContext context;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, () -> models(line));
    }

    private TreeSet<String> models(CommandLine line) {
        InstalledVendors vendors = InstalledVendors.of(context);
        Optional<InstalledVendors.Vendor> typed = Completions.before(line).stream()
                .map(vendors::find).flatMap(Optional::stream).findFirst();
        List<InstalledVendors.Vendor> offered = typed.map(List::of).orElse(vendors.all());
        TreeSet<String> ids = new TreeSet<>();
        offered.forEach(v -> v.models().models().stream().map(ModelInfo::id).forEach(ids::add));
        return ids;
    }
}
