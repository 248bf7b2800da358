package org.openprov.entitlement.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.entitlement.ProviderPlan;

/** {@code pplus:disable <provider>}. */
@Command(scope = "pplus", name = "disable", description = "Disables Provisioning Plus for a"
        + " provider: new phones can no longer choose it, and forcing it is turned off too."
        + " Phones already on Provisioning Plus keep it. For the platform operator only: the"
        + " console's command ACL gives pplus:enable and pplus:disable to the JAAS role"
        + " operator")
@Service
public class PplusDisableCommand extends ProviderPlanAction {

    @Override
    ProviderPlan change() {
        return entitlements.setEnabled(provider, false);
    }

    @Override
    void report(ProviderPlan before, ProviderPlan after) {
        if (!before.enabled()) {
            out.println("Provisioning Plus was not enabled for provider " + provider
                    + "; nothing changed");
            return;
        }
        out.println("Provisioning Plus disabled for provider " + provider + ": new phones"
                + " go on the monthly plan. Phones already on Provisioning Plus keep it.");
        if (before.forced()) {
            out.println("Provisioning Plus was forced for " + provider + "; it is no longer"
                    + " forced either.");
        }
    }
}
