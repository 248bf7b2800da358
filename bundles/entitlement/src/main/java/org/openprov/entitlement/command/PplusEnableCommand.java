package org.openprov.entitlement.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.entitlement.ProviderPlan;

/** {@code pplus:enable <provider>}. */
@Command(scope = "pplus", name = "enable", description = "Enables Provisioning Plus for a"
        + " provider: its administrators may then add phones with device:add --pplus. For the"
        + " platform operator only: the console's command ACL gives pplus:enable and"
        + " pplus:disable to the JAAS role operator")
@Service
public class PplusEnableCommand extends ProviderPlanAction {

    @Override
    ProviderPlan change() {
        return entitlements.setEnabled(provider, true);
    }

    @Override
    void report(ProviderPlan before, ProviderPlan after) {
        if (before.enabled()) {
            out.println("Provisioning Plus was already enabled for provider " + provider);
            return;
        }
        out.println("Provisioning Plus enabled for provider " + provider + ". Its"
                + " administrators can add phones with device:add --pplus, or put every new"
                + " phone on it with pplus:force " + provider);
    }
}
