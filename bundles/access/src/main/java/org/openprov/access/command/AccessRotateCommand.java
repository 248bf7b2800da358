package org.openprov.access.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.access.internal.Credentials;
import org.openprov.api.registry.Device;

/** {@code access:rotate [--overlap D] (<mac>... | --provider P)}. */
@Command(scope = "access", name = "rotate", description = "Makes new fetch credentials (password"
        + " and token) for phones. The old ones keep working for the provider's overlap (see"
        + " access:modes) or --overlap, and the file a phone fetches with them carries the new"
        + " ones, so no phone is locked out. --overlap 0h ends the old ones at once, e.g. after"
        + " a leak")
@Service
public class AccessRotateCommand extends AccessAction {

    @Argument(index = 0, name = "macs", multiValued = true, description = "The phones' MACs")
    List<String> macs = new ArrayList<>();

    @Option(name = "--provider", description = "Every phone of this provider")
    String provider;

    @Option(name = "--overlap", description = "How long the old credentials keep working, e.g."
            + " 12h, 7d, 0h")
    String overlap;

    @Override
    protected void run() throws Exception {
        List<Device> devices;
        if (provider != null) {
            if (!macs.isEmpty()) {
                throw new CommandException("Give MACs or --provider, not both");
            }
            requireProvider(provider);
            devices = registry.devices(provider, null);
        } else if (macs.isEmpty()) {
            throw new CommandException("Give the phones' MACs, or --provider <name>");
        } else {
            devices = registeredAll(macs);
        }
        Optional<java.time.Duration> length = overlap == null ? Optional.empty()
                : Optional.of(duration(overlap));
        boolean endsOldAtOnce = length.map(java.time.Duration::isZero).orElse(false);
        // One phone typed twice is rotated once.
        java.util.Map<String, Device> unique = new java.util.LinkedHashMap<>();
        devices.forEach(d -> unique.putIfAbsent(d.mac().hex(), d));
        java.time.Instant until = null;
        List<String> skipped = new ArrayList<>();
        int rotated = 0;
        for (Device device : unique.values()) {
            if (!endsOldAtOnce && access.credentials(device.mac()).overlapping(access.now())) {
                // Its previous credentials still work: a phone that has not fetched since the
                // last rotation holds those, and a second rotation would end them.
                skipped.add(device.mac().colons());
                continue;
            }
            Credentials c = access.rotate(device.mac(), length);
            until = c.previousUntil();
            rotated++;
        }
        if (unique.isEmpty()) {
            out.println("Provider " + provider + " has no phones; nothing was rotated.");
            return;
        }
        if (!skipped.isEmpty()) {
            out.println("Not rotated, their last rotation's overlap still runs (a phone that"
                    + " has not fetched since holds the credentials before it): "
                    + String.join(", ", skipped) + ". Rotate them when it ends, or with"
                    + " --overlap 0h to end every old credential at once.");
        }
        if (rotated == 0) {
            return;
        }
        if (!until.isAfter(access.now())) {
            out.println("New credentials for " + rotated + " phone(s); the old ones no"
                    + " longer work. A phone gets its new ones only by a new first contact"
                    + " (access:rearm <mac>, then its next fetch without credentials) or typed"
                    + " in by hand (access:show --reveal <mac>).");
            return;
        }
        out.println("New credentials for " + rotated + " phone(s). The old ones work"
                + " until " + time(until) + "; each phone receives its new ones in the next"
                + " file it fetches. access:show --reveal <mac> shows them.");
    }
}
