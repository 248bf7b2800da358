package org.openprov.api.registry;

import java.util.Locale;

/** The transport a SIP line registers over. Every vendor renders it explicitly. */
public enum Transport {
    UDP, TCP, TLS;

    /**
     * Reads a transport name in any case.
     *
     * @param text {@code udp}, {@code tcp} or {@code tls}
     * @return the transport
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Transport parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new IllegalArgumentException("Unknown transport '" + text
                    + "'; use udp, tcp or tls");
        }
    }
}
