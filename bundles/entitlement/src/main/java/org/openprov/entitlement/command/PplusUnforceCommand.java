package org.openprov.entitlement.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.entitlement.ProviderPlan;

/** {@code pplus:unforce <provider>}. */
@Command(scope = "pplus", name = "unforce", description = "Stops forcing Provisioning Plus"
        + " onto new phones of a provider: from now on a phone is added on the monthly plan"
        + " unless added with --pplus. Phones already added keep their plan")
@Service
public class PplusUnforceCommand extends ProviderPlanAction {

    @Override
    ProviderPlan change() {
        return entitlements.setForced(provider, false);
    }

    @Override
    void report(ProviderPlan before, ProviderPlan after) {
        if (!before.forced()) {
            out.println("Provisioning Plus was not forced for provider " + provider
                    + "; nothing changed");
            return;
        }
        out.println("Provisioning Plus is no longer forced for provider " + provider + ":"
                + " devices added from now on go on the monthly plan unless added with"
                + " --pplus. Devices already added are unchanged.");
    }
}
