package org.openprov.entitlement.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.openprov.api.entitlement.ProviderPlan;
import org.openprov.entitlement.command.completers.ProviderNameCompleter;

/** A {@code pplus:} command that changes one provider's settings. */
public abstract class ProviderPlanAction extends EntitlementAction {

    @Argument(index = 0, name = "provider", required = true, description = "The provider")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Override
    protected final void run() throws Exception {
        requireProvider(provider);
        ProviderPlan before = entitlements.providerPlan(provider);
        report(before, change());
    }

    /** @return the provider's settings after the change */
    abstract ProviderPlan change();

    /**
     * Tells the administrator what changed.
     *
     * @param before the settings before
     * @param after the settings after
     */
    abstract void report(ProviderPlan before, ProviderPlan after);
}
