package org.openprov.api.generator;


/**
 * One row of a vendor's model table: what a model can do.
 *
 * @param id the model id administrators type and the registry stores, e.g. {@code T54W}
 * @param displayName the name as the vendor writes it, e.g. {@code SIP-T54W} or {@code VVX 450}
 * @param lines how many SIP accounts the model can register
 * @param lineKeys programmable keys on the phone itself (all pages)
 * @param expansionModules how many expansion modules it accepts, 0 if none
 * @param keysPerModule programmable keys on one expansion module
 * @param family the vendor's family or firmware id, e.g. Yealink's {@code 108}; may be empty
 */
public record ModelInfo(String id, String displayName, int lines, int lineKeys,
        int expansionModules, int keysPerModule, String family) {

    /**
     * Reduces a model name to letters and digits in upper case, so that {@code VVX 450},
     * {@code vvx-450}, {@code VVX_450} and {@code VVX450} compare equal.
     *
     * @param text a model name as typed or as a phone sends it
     * @return its comparison key
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append((char) (c - 'a' + 'A'));
            } else if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * @param text a model name in any spelling
     * @return whether it names this model
     */
    public boolean matches(String text) {
        String key = normalise(text);
        return key.equals(normalise(id)) || key.equals(normalise(displayName));
    }
}
