package org.openprov.registry.command.completers;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.registry.command.InstalledVendors;
import org.osgi.framework.BundleContext;

/** Completes the ids of the vendors installed now. */
@Service
public class VendorCompleter implements Completer {

    @Reference
    BundleContext context;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return Completions.offer(session, line, candidates, () -> InstalledVendors.of(context)
                .all().stream().map(InstalledVendors.Vendor::id).toList());
    }
}
