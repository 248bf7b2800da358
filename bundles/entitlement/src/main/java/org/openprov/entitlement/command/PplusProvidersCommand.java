package org.openprov.entitlement.command;

import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.api.registry.Provider;

/** {@code pplus:providers}. */
@Command(scope = "pplus", name = "providers", description = "Lists every provider with its"
        + " Provisioning Plus settings: whether the platform operator enabled it, and whether"
        + " it is forced onto new phones")
@Service
public class PplusProvidersCommand extends EntitlementAction {

    @Override
    protected void run() {
        // A provider never configured has no row of settings: it shows as disabled.
        Map<String, ProviderPlan> plans = new TreeMap<>();
        for (Provider provider : registry.providers()) {
            plans.put(provider.name(), new ProviderPlan(provider.name(), false, false));
        }
        for (ProviderPlan plan : entitlements.providerPlans()) {
            plans.put(plan.providerName(), plan);
        }
        ShellTable table = new ShellTable()
                .emptyTableText("No providers yet; add one with provider:add <name>");
        table.column("Provider");
        table.column("Provisioning Plus");
        table.column("Forced on new phones");
        for (ProviderPlan plan : plans.values()) {
            table.addRow().addContent(plan.providerName(),
                    plan.enabled() ? "enabled" : "disabled", plan.forced() ? "yes" : "no");
        }
        table.print(out);
    }
}
