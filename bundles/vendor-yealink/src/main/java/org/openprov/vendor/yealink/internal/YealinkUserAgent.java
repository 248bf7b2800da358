package org.openprov.vendor.yealink.internal;

import java.util.Locale;
import java.util.Set;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;

/**
 * Tells whether a User-Agent comes from a Yealink phone.
 *
 * <p>Current firmware sends {@code Yealink SIP-T54W 96.86.0.100 00:15:65:a1:b2:c3}; older
 * firmware writes {@code yealink} in lower case or {@code Yealink-T46G}, and some old models
 * send no vendor at all, only their model: {@code W52P 25.30.0.2 00:15:65:...} or
 * {@code VP530P ...} (User-Agents collected in Wazo's Yealink plug-ins).
 */
final class YealinkUserAgent {

    /** Models known to send their name without "Yealink" and absent from the model table. */
    private static final Set<String> BARE_MODELS = Set.of("W52P", "VP530P");

    private YealinkUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty
     * @param models the model table, whose ids and names also count as Yealink model tokens
     * @return whether the User-Agent names Yealink or starts with a Yealink model
     */
    static boolean matches(String userAgent, ModelTable models) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        if (userAgent.toLowerCase(Locale.ROOT).contains("yealink")) {
            return true;
        }
        String first = userAgent.strip().split("\\s+", 2)[0];
        return BARE_MODELS.contains(ModelInfo.normalise(first)) || models.find(first).isPresent();
    }
}
