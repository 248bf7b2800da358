package org.openprov.vendor.fanvil.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openprov.api.registry.Mac;

/**
 * Reads the User-Agent of a Fanvil phone's provisioning requests:
 * {@code Fanvil <model> <firmware> <mac>}, e.g. {@code Fanvil X5U-V2 2.12.16.17 0c383ea00020}
 * (User-Agents collected in Wazo's Fanvil plug-in). Some models carry a space in their name
 * ({@code Fanvil X6U Pro 0.0.10 ...}); the vendor token is matched in any case, spaces may
 * repeat, the MAC may carry separators in either case or be missing.
 *
 * <p>The User-Agent is a hint, never a gate: the MAC prefix is not checked, so a phone with a
 * new Fanvil OUI is read like any other.
 */
final class FanvilUserAgent {

    /**
     * What a Fanvil User-Agent says.
     *
     * @param model the model as sent, words joined by one space, e.g. {@code X6U Pro}
     * @param firmware the firmware version, empty if none was sent
     * @param mac the MAC, if one was sent
     */
    record Reading(String model, String firmware, Optional<Mac> mac) {
    }

    private static final String VENDOR = "fanvil";
    private static final Pattern FIRMWARE = Pattern.compile("[0-9]+(\\.[0-9]+)+");

    private FanvilUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty or null
     * @return whether it names Fanvil
     */
    static boolean matches(String userAgent) {
        return read(userAgent).isPresent();
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty or null
     * @return what it says, if it is a Fanvil phone's
     */
    static Optional<Reading> read(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = Arrays.asList(userAgent.strip().split("\\s+"));
        int vendor = indexOfVendor(tokens);
        if (vendor < 0) {
            return Optional.empty();
        }
        List<String> rest = tokens.subList(vendor + 1, tokens.size());
        Optional<Mac> mac = rest.isEmpty() ? Optional.empty()
                : Mac.tryParse(rest.get(rest.size() - 1));
        List<String> named = mac.isPresent() ? rest.subList(0, rest.size() - 1) : rest;
        int firmware = indexOfFirmware(named);
        String model = String.join(" ", firmware < 0 ? named : named.subList(0, firmware));
        String version = firmware < 0 ? "" : named.get(firmware);
        return Optional.of(new Reading(model, version, mac));
    }

    private static int indexOfVendor(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(VENDOR)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfFirmware(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (FIRMWARE.matcher(tokens.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
