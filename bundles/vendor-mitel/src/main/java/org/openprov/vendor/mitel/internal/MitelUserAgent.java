package org.openprov.vendor.mitel.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads the User-Agent of a Mitel or Aastra phone.
 *
 * <p>The phones send their vendor glued to the model, then the MAC in upper case with dashes
 * and the firmware: {@code Aastra6731i MAC:00-08-5D-A0-00-22 V:3.2.0.70-SIP} (Aastra
 * firmware 3.x) and {@code Mitel6940 MAC:14-00-E9-A0-00-23 V:6.4.0.140-SIP} (Mitel 6.x),
 * as collected in the shared fixtures. The reading is lenient where proxies and old
 * firmware differ: the vendor in any case, spaces, dashes or underscores between vendor and
 * model and inside the model, the MAC with any of {@code - : .} or none, in either case, or
 * no MAC at all. The MAC's vendor prefix is never checked: a phone may carry any OUI.
 */
final class MitelUserAgent {

    /** What a User-Agent says. */
    record Reading(String vendor, String model, Optional<Mac> mac) {
    }

    private static final Pattern VENDOR = Pattern.compile("(?i)^\\s*(aastra|mitel)(.*)$");
    /**
     * A MAC: six pairs of hex digits with one separator throughout (or none), or three
     * dotted groups of four; not glued to a letter or digit, so the "AC" of "MAC:" is not
     * taken for its start.
     */
    private static final String MAC_TEXT = "(?<![0-9A-Za-z])([0-9A-Fa-f]{2}([-:.]?)"
            + "[0-9A-Fa-f]{2}(?:\\2[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\."
            + "[0-9A-Fa-f]{4})(?![0-9A-Za-z])";
    private static final Pattern MAC = Pattern.compile(MAC_TEXT);
    /** Where the model ends: the MAC label, the version label, or a bare MAC. */
    private static final Pattern MODEL_END = Pattern.compile("(?i)\\bMAC\\s*:|\\bV\\s*:|"
            + MAC_TEXT);

    private MitelUserAgent() {
    }

    /**
     * @param userAgent a request's User-Agent, possibly empty or null
     * @param models the model table, to give a known model its table id
     * @return what it says, if it names Aastra or Mitel first
     */
    static Optional<Reading> read(String userAgent, ModelTable models) {
        Matcher vendor = VENDOR.matcher(userAgent == null ? "" : userAgent);
        if (!vendor.matches()) {
            return Optional.empty();
        }
        String rest = vendor.group(2);
        Matcher end = MODEL_END.matcher(rest);
        String modelText = end.find() ? rest.substring(0, end.start()) : rest;
        String model = models.find(modelText).map(ModelInfo::id)
                .orElse(ModelInfo.normalise(modelText).toLowerCase(Locale.ROOT));
        return Optional.of(new Reading(vendor.group(1).toLowerCase(Locale.ROOT), model,
                mac(rest)));
    }

    /**
     * @param userAgent a request's User-Agent
     * @param models the model table
     * @return whether it comes from a Mitel or Aastra phone
     */
    static boolean matches(String userAgent, ModelTable models) {
        return read(userAgent, models).isPresent();
    }

    private static Optional<Mac> mac(String text) {
        Matcher mac = MAC.matcher(text);
        while (mac.find()) {
            Optional<Mac> parsed = Mac.tryParse(mac.group(1).replaceAll("[-:.]", ""));
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return Optional.empty();
    }
}
