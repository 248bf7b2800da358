package org.openprov.api.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a provider's phones prove who they are when they fetch their own files. */
public enum FetchMode {
    /** The MAC alone: any caller who knows it gets the file. For phones that can do nothing else. */
    OPEN("open", false, false),
    /** HTTP Digest with per-device credentials; Basic is accepted over TLS only. */
    PASSWORD("password", true, false),
    /** A per-device secret token in the URL: {@code /prov/t/<token>/<file>}. */
    TOKEN("token", false, true),
    /** Both the token in the URL and the per-device password. */
    BOTH("both", true, true);

    private final String key;
    private final boolean password;
    private final boolean token;

    FetchMode(String key, boolean password, boolean token) {
        this.key = key;
        this.password = password;
        this.token = token;
    }

    /** @return the name administrators type, e.g. {@code password} */
    public String key() {
        return key;
    }

    /** @return whether fetches must carry the device's user name and password */
    public boolean needsPassword() {
        return password;
    }

    /** @return whether fetches must carry the device's token in the URL */
    public boolean needsToken() {
        return token;
    }

    /**
     * @param key a mode's name in any case
     * @return the mode, if there is one of that name
     */
    public static Optional<FetchMode> byKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(wanted)).findFirst();
    }

    /** @return the names of all modes, for messages: {@code open, password, token, both} */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(FetchMode::key).toList());
    }
}
