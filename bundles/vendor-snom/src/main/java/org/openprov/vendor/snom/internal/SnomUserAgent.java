package org.openprov.vendor.snom.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.registry.Mac;

/**
 * Reads the User-Agent of a Snom phone. Snom phones send a browser-like User-Agent naming the
 * phone type and firmware, and, from firmware 8.7.5 on, the MAC in upper or lower case:
 * <ul>
 * <li>{@code Mozilla/4.0 (compatible; snom710-SIP 8.7.5.35 1.1.5-IFX-05.01.12 000413a0001a)}</li>
 * <li>{@code Mozilla/4.0 (compatible; snomD785-SIP 10.1.33.33 2010.12-00004-g9ba52f5
 * 000413922D24 SXM:0 UXM:0)}</li>
 * <li>{@code Mozilla/4.0 (compatible; snom320-SIP 8.4.18 1.1.3-s)} (no MAC);
 * {@code Mozilla/4.0 (compatible; snom720 8.7.5.35)} (firmware fetch, no MAC);
 * {@code Mozilla/4.0 (compatible; snom lid 3605)} (firmware 6.5, no type)</li>
 * </ul>
 * (User-Agents collected in Wazo's Snom plug-in and in the OpenProv fixtures.) The vendor is
 * the token "snom" in any case; the MAC is taken from any 12 hex digits, bare or with {@code :}
 * or {@code -} between octets, never from a list of Snom's address prefixes.
 *
 * <p>Recognition needs only {@link #matches}: every file OpenProv serves a Snom phone carries
 * its MAC in the name. {@link #read} gives the type and MAC a phone announces, for diagnostics
 * and for the tests that hold this reading to every Snom User-Agent of the fixtures.
 */
final class SnomUserAgent {

    /** What a User-Agent says. */
    record Reading(Optional<String> model, Optional<Mac> mac) {
    }

    private static final Pattern VENDOR = Pattern.compile("(?i)\\bsnom");
    /** The phone type right after "snom", possibly after a space, an underscore or a dash. */
    private static final Pattern MODEL = Pattern.compile(
            "(?i)\\bsnom[ _-]*(" + SnomFileNames.MODEL + ")(?![A-Za-z0-9])");
    private static final Pattern MAC = Pattern.compile("(?<![0-9A-Za-z:.-])"
            + "([0-9A-Fa-f]{2}(?:[:-]?[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}(?:\\.[0-9A-Fa-f]{4}){2})"
            + "(?![0-9A-Za-z:.-])");

    private SnomUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty
     * @return whether it names Snom
     */
    static boolean matches(String userAgent) {
        return userAgent != null && VENDOR.matcher(userAgent).find();
    }

    /**
     * @param userAgent a User-Agent, possibly empty
     * @return the phone type and MAC it names, or an empty reading if it is not Snom's
     */
    static Reading read(String userAgent) {
        if (!matches(userAgent)) {
            return new Reading(Optional.empty(), Optional.empty());
        }
        Matcher model = MODEL.matcher(userAgent);
        Optional<String> type = model.find()
                ? Optional.of(model.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
        return new Reading(type, mac(userAgent));
    }

    private static Optional<Mac> mac(String userAgent) {
        Matcher m = MAC.matcher(userAgent);
        while (m.find()) {
            Optional<Mac> mac = Mac.tryParse(m.group(1));
            if (mac.isPresent()) {
                return mac;
            }
        }
        return Optional.empty();
    }
}
