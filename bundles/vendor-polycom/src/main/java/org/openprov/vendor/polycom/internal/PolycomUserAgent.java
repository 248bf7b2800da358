package org.openprov.vendor.polycom.internal;

import java.util.Locale;

/**
 * Tells whether a User-Agent comes from a Poly phone. Poly's file transfer client sends
 * {@code FileTransport PolycomVVX-VVX_450-UA/6.4.6.2480 Type/Application} (UC Software, also
 * {@code PolycomSoundPointIP}, {@code PolycomSoundStationIP}); products sold under the Poly
 * brand may send {@code FileTransport Poly...} without "com".
 */
final class PolycomUserAgent {

    private PolycomUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty
     * @return whether it names Polycom or Poly's file transport
     */
    static boolean matches(String userAgent) {
        if (userAgent == null) {
            return false;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return lower.contains("polycom") || lower.contains("filetransport poly");
    }
}
