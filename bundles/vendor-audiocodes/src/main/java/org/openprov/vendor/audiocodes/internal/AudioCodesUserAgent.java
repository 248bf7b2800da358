package org.openprov.vendor.audiocodes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.registry.Mac;

/**
 * Reads the User-Agent of an AudioCodes phone:
 * {@code AUDC-IPPhone/2.2.8.61 (440HDG-Rev0; 00908FA00024)}, that is the vendor token, the
 * firmware version, and in brackets the hardware model with its revision and the MAC (the form
 * collected by FusionPBX's provisioning code).
 *
 * <p>Reading is tolerant: the vendor token in any case and with spaces around its dash, extra
 * spaces anywhere, a model written with spaces or underscores, and a MAC with or without
 * separators in either case. The MAC is taken for what it is, whatever its maker prefix; no list
 * of prefixes decides anything.
 *
 * @param vendor whether the User-Agent names AudioCodes
 * @param model the model token as sent, without its revision, e.g. {@code 440HDG}; empty if
 *        none
 * @param mac the MAC, if the User-Agent carries one
 */
record AudioCodesUserAgent(boolean vendor, String model, Optional<Mac> mac) {

    private static final Pattern VENDOR =
            Pattern.compile("(?i)\\bAUDC\\s*-\\s*IP\\s*_?\\s*Phone\\b|\\baudiocodes\\b");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern REVISION = Pattern.compile("(?i)[\\s_-]*rev\\s*\\w*$");

    /**
     * @param userAgent the request's User-Agent, possibly empty or null
     * @return what it says
     */
    static AudioCodesUserAgent read(String userAgent) {
        String text = userAgent == null ? "" : userAgent.strip();
        if (!VENDOR.matcher(text).find()) {
            return new AudioCodesUserAgent(false, "", Optional.empty());
        }
        Matcher brackets = BRACKETS.matcher(text);
        if (!brackets.find()) {
            return new AudioCodesUserAgent(true, "", Optional.empty());
        }
        String[] parts = brackets.group(1).split(";");
        String model = model(parts[0]);
        Optional<Mac> mac = parts.length > 1 ? Mac.tryParse(parts[parts.length - 1].strip())
                : Optional.empty();
        return new AudioCodesUserAgent(true, model, mac);
    }

    /** @return the hardware model without revision, spaces or underscores, upper case */
    private static String model(String part) {
        String noRevision = REVISION.matcher(part.strip()).replaceFirst("");
        return noRevision.replaceAll("[\\s_]", "").toUpperCase(Locale.ROOT);
    }
}
