package org.openprov.access.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An address or a CIDR network, e.g. {@code 192.0.2.10}, {@code 10.0.0.0/8},
 * {@code 2001:db8::/32}. Only literals are read: nothing here ever asks DNS.
 *
 * @param address the network's address bytes
 * @param prefix how many leading bits must match
 * @param text as written
 */
public record Network(byte[] address, int prefix, String text) {

    /**
     * @param text an address or network
     * @return it, parsed
     * @throws IllegalArgumentException when it is neither
     */
    static Network parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(host).orElseThrow(() -> new IllegalArgumentException(
                "Not an IP address or CIDR network: " + trimmed));
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + trimmed);
            }
        }
        return new Network(bytes, prefix, trimmed);
    }

    /**
     * @param text comma-separated addresses and networks, possibly empty
     * @return them, parsed
     */
    static List<Network> parseList(String text) {
        List<Network> networks = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                networks.add(parse(part));
            }
        }
        return networks;
    }

    /**
     * @param source an address literal
     * @return whether it lies in this network
     */
    boolean contains(String source) {
        Optional<byte[]> bytes = literal(source);
        if (bytes.isEmpty() || bytes.get().length != address.length) {
            return false;
        }
        byte[] other = bytes.get();
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (other[i] != address[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (other[full] & mask) == (address[full] & mask);
    }

    /**
     * @param text a text
     * @return whether it is an IPv4 or IPv6 address, as bans name sources
     */
    public static boolean isAddress(String text) {
        return literal(text == null ? "" : text.trim()).isPresent();
    }

    /** @return the bytes of an IPv4 or IPv6 literal, never by DNS */
    static Optional<byte[]> literal(String text) {
        if (text.isEmpty() || !text.matches("[0-9A-Fa-f:.]+") || !text.matches(".*[.:].*")) {
            return Optional.empty();
        }
        if (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Optional.empty();
        }
        try {
            // A literal: getByName parses it without a lookup.
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
