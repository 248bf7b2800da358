package org.openprov.endpoint.command;

import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.ModelInfo;
import org.openprov.endpoint.internal.JettyEndpoint;

@Command(scope = "vendor", name = "list",
        description = "Lists the vendor generators installed now and the models they serve."
                + " A vendor missing here is added with feature:install openprov-vendor-<name>.")
@Service
public class VendorListCommand implements Action {

    @Option(name = "--models", aliases = "-m",
            description = "One row per model, with its lines, keys and expansion modules")
    boolean models;

    @Reference
    JettyEndpoint endpoint;

    @Override
    public Object execute() {
        List<ConfigGenerator> generators = endpoint.generators().stream()
                .sorted(Comparator.comparing(ConfigGenerator::vendor)).toList();
        if (generators.isEmpty()) {
            System.out.println("No vendor generator is installed; phones get 404 for every"
                    + " device file. Install one: feature:install openprov-vendor-yealink");
            return null;
        }
        (models ? modelTable(generators) : vendorTable(generators)).print(System.out);
        return null;
    }

    private static ShellTable vendorTable(List<ConfigGenerator> generators) {
        ShellTable table = new ShellTable();
        table.column("Vendor");
        table.column("Name");
        table.column("Models");
        table.column("Files").maxSize(60).wrap();
        for (ConfigGenerator g : generators) {
            List<String> ids = g.models().models().stream().map(ModelInfo::id).toList();
            table.addRow().addContent(g.vendor(), g.displayName(), String.join(" ", ids),
                    String.join(" ", g.fileNames()));
        }
        return table;
    }

    private static ShellTable modelTable(List<ConfigGenerator> generators) {
        ShellTable table = new ShellTable();
        for (String column : List.of("Vendor", "Model", "Name", "Lines", "Keys",
                "Expansion modules", "Keys per module")) {
            table.column(column);
        }
        for (ConfigGenerator g : generators) {
            for (ModelInfo m : g.models().models()) {
                table.addRow().addContent(g.vendor(), m.id(), m.displayName(), m.lines(),
                        m.lineKeys(), m.expansionModules(), m.keysPerModule());
            }
        }
        return table;
    }
}
