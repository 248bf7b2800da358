package org.openprov.entitlement.internal;

import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.registry.Device;

/** What administrators read when a rule refuses them: what is wrong, then what to do. */
final class GuardMessages {

    private GuardMessages() {
    }

    static String notEnabled(String provider) {
        return "Provisioning Plus is not enabled for provider " + provider + "; the platform"
                + " operator enables it with pplus:enable " + provider;
    }

    /**
     * @param provider a provider that forces Provisioning Plus
     * @param consequence what cannot be done, e.g. "it cannot be added on the monthly plan"
     */
    static String forced(String provider, String consequence) {
        return "Provider " + provider + " forces Provisioning Plus on every new device, so "
                + consequence + "; its administrator can stop that with pplus:unforce "
                + provider;
    }

    /**
     * @param device an EXPIRED device
     * @param now its standing
     * @param change what was asked, e.g. "line 2"; may be empty
     */
    static String expired(Device device, Entitlement now, String change) {
        String mac = device.mac().colons();
        String asked = change == null || change.isBlank() ? "" : " (" + change + ")";
        return "Device " + mac + " is EXPIRED: its Provisioning Plus window ended on "
                + Texts.time(now.windowEnd().orElseThrow()) + " without a license, so it"
                + " cannot be changed" + asked + ". License it with license:add " + mac
                + ", or remove it.";
    }

    /** @param device a device that received its first configuration */
    static String delivered(Device device) {
        return "The plan of device " + device.mac().colons() + " can only change before the"
                + " phone's first configuration; it received it on "
                + Texts.time(device.firstDeliveredAt().orElseThrow()) + ", so it stays on "
                + (device.provisioningPlus() ? "Provisioning Plus" : "the monthly plan");
    }
}
