package org.openprov.registry.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.registry.command.completers.CustomerNameCompleter;
import org.openprov.registry.command.completers.MacFormCompleter;
import org.openprov.registry.command.completers.ModelCompleter;
import org.openprov.registry.command.completers.ProviderNameCompleter;
import org.openprov.registry.command.completers.VendorCompleter;
import org.osgi.framework.BundleContext;

/** {@code device:add <provider> <customer> <mac> <vendor> <model> [--label text]}. */
@Command(scope = "device", name = "add", description = "Registers a phone by its MAC address"
        + " for a customer, so that it receives its configuration when it boots",
        detailedDescription = "The vendor must be installed on the platform and the model must"
                + " be one of that vendor's; press Tab to see them. After adding the phone, give"
                + " it its SIP account with device:line-set.")
@Service
public class DeviceAddCommand extends RegistryAction {

    @Reference
    BundleContext context;

    @Argument(index = 0, name = "provider", required = true,
            description = "The provider the phone belongs to")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Argument(index = 1, name = "customer", required = true,
            description = "The provider's customer who uses the phone")
    @Completion(CustomerNameCompleter.class)
    String customer;

    @Argument(index = 2, name = "mac", required = true, description = "The phone's MAC address"
            + " from the label on its back, in any usual form: 00:15:65:a1:b2:c3,"
            + " 00-15-65-A1-B2-C3, 0015.65a1.b2c3 or 001565a1b2c3")
    @Completion(MacFormCompleter.class)
    String mac;

    @Argument(index = 3, name = "vendor", required = true,
            description = "The phone's vendor, e.g. yealink or polycom")
    @Completion(VendorCompleter.class)
    String vendor;

    @Argument(index = 4, name = "model", required = true, description = "The phone's model as"
            + " the vendor names it, e.g. T54W or \"VVX 450\"")
    @Completion(ModelCompleter.class)
    String model;

    @Option(name = "--label", description = "A note for administrators, e.g. the room or desk"
            + " of the phone (quote it if it has spaces)")
    String label;

    @Option(name = "--pplus", description = "Put the phone on Provisioning Plus: a one-time"
            + " onboarding window that starts with its first configuration (the provider must"
            + " have Provisioning Plus enabled)")
    boolean pplus;

    @Option(name = "--no-pplus", description = "Put the phone on the monthly plan, refused if"
            + " the provider forces Provisioning Plus. Without --pplus or --no-pplus the phone"
            + " gets the provider's default")
    boolean noPplus;

    @Override
    protected void run() throws Exception {
        Mac parsed = Mac.parse(mac);
        InstalledVendors.Vendor found = vendors().require(vendor);
        ModelInfo info = InstalledVendors.requireModel(found, model);
        Device added = registry.addDevice(new NewDevice(parsed, provider, customer, found.id(),
                info.id(), label, plan(pplus, noPplus)));
        // Some model tables name models with their vendor ("Snom D785"): said once.
        String named = info.displayName().startsWith(found.displayName() + " ")
                ? info.displayName() : found.displayName() + " " + info.displayName();
        out.println("Registered " + added.mac().colons() + " (" + named + ") for provider " + added.providerName() + ", customer "
                + added.customerName() + ", on " + planName(added) + ". Next, give it a SIP"
                + " account with device:line-set " + added.mac() + " 1 <user> <server>");
        misfits(added, found, info).forEach(p -> out.println("Note: " + p + "; an auto-apply"
                + " template gives it this key, which is left out of its file. Give the"
                + " template a --model filter, or set that key on the phone with device:key-set"));
    }

    /** The keys templates give the new phone that its model cannot take. */
    private List<String> misfits(Device added, InstalledVendors.Vendor vendor, ModelInfo info) {
        if (resolver == null) {
            return List.of();
        }
        DeviceConfig config = resolver.resolve(added);
        return vendor.keyRules().problems(config.keys(), vendor.displayName(), info);
    }

    static PlanChoice plan(boolean pplus, boolean noPplus) {
        if (pplus && noPplus) {
            throw new IllegalArgumentException("Give --pplus or --no-pplus, not both");
        }
        return pplus ? PlanChoice.PROVISIONING_PLUS
                : noPplus ? PlanChoice.MONTHLY : PlanChoice.PROVIDER_DEFAULT;
    }

    static String planName(Device device) {
        return device.provisioningPlus() ? "Provisioning Plus" : "the monthly plan";
    }

    @Reference(optional = true)
    ConfigResolver resolver;

    /** @return the vendors installed now; a test replaces this */
    InstalledVendors vendors() {
        return InstalledVendors.of(context);
    }
}
