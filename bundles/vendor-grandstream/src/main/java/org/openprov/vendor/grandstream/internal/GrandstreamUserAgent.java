package org.openprov.vendor.grandstream.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads the User-Agent of a Grandstream phone. Current firmware sends
 * {@code Grandstream Model HW GXP2170 SW 1.0.11.85 DevId 000b82a00017}; ATAs add the hardware
 * version ({@code HW HT801 V1.1A SW ...}); legacy firmware sends
 * {@code Grandstream GXP2000 (gxp2000e.bin:1.2.5.3/boot55e.bin:1.1.6.9) DevId 000b82a00015}
 * (User-Agents collected in the shared fixtures; a GRP2601W was seen with
 * {@code EC:74:D7:..} colons).
 *
 * <p>The User-Agent is a hint: it says whether the request comes from a Grandstream phone, and
 * which model and MAC it claims. Nothing depends on the MAC's vendor prefix.
 */
final class GrandstreamUserAgent {

    private static final Pattern DEV_ID =
            Pattern.compile("(?i)\\bDevId\\s*[:=]?\\s*([0-9a-f:.-]{12,17})");

    private GrandstreamUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty
     * @param models the model table, whose ids also count as Grandstream model tokens
     * @return whether it names Grandstream, in any case, or starts with a model of the table
     */
    static boolean matches(String userAgent, ModelTable models) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        if (userAgent.toLowerCase(Locale.ROOT).contains("grandstream")) {
            return true;
        }
        String first = userAgent.strip().split("\\s+", 2)[0];
        return models.find(first).isPresent();
    }

    /**
     * @param userAgent a User-Agent
     * @return the MAC after {@code DevId}, in any of the forms {@link Mac#parse} reads
     */
    static Optional<Mac> mac(String userAgent) {
        Matcher devId = DEV_ID.matcher(userAgent == null ? "" : userAgent);
        return devId.find() ? Mac.tryParse(devId.group(1)) : Optional.empty();
    }

    /**
     * Finds the model a User-Agent names: a word, or two words read as one (so
     * {@code GXP 2170}, {@code gxp_2170} and {@code GXP2170} all name the GXP2170).
     *
     * @param userAgent a User-Agent
     * @param models the model table
     * @return the model, if one of the table is named
     */
    static Optional<ModelInfo> model(String userAgent, ModelTable models) {
        String[] words = (userAgent == null ? "" : userAgent).strip().split("[\\s()/]+");
        for (int i = 0; i < words.length; i++) {
            Optional<ModelInfo> one = models.find(words[i]);
            if (one.isPresent()) {
                return one;
            }
            if (i + 1 < words.length) {
                Optional<ModelInfo> two = models.find(words[i] + words[i + 1]);
                if (two.isPresent()) {
                    return two;
                }
            }
        }
        return Optional.empty();
    }
}
