package org.openprov.entitlement.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.entitlement.ProviderPlan;

/** {@code pplus:force <provider>}. */
@Command(scope = "pplus", name = "force", description = "Forces Provisioning Plus onto every"
        + " phone added to a provider from now on: device:add puts them on it, and adding one"
        + " with --no-pplus is refused. Phones already added keep their plan. The provider"
        + " needs Provisioning Plus enabled (pplus:enable); pplus:unforce undoes this")
@Service
public class PplusForceCommand extends ProviderPlanAction {

    @Override
    ProviderPlan change() {
        return entitlements.setForced(provider, true);
    }

    @Override
    void report(ProviderPlan before, ProviderPlan after) {
        String already = before.forced() ? "Provisioning Plus was already forced for provider "
                + provider + ". " : "";
        out.println(already + "Every device added to provider " + provider + " from now on"
                + " will be forced onto Provisioning Plus. Devices already added are"
                + " unchanged.");
    }
}
