package org.openprov.api.settings;

import java.util.Objects;

/**
 * Where and how a phone fetches its files from OpenProv, for generators to write into the
 * phone's own file (and into a first-contact bootstrap file), so a phone learns its fetch
 * credentials and keeps them current when they rotate.
 *
 * <p>The URL is a directory: {@code <server>} alone, or {@code <server>t/<token>/} when the
 * provider asks for a token in the URL. The token and the password are secrets: never log them.
 *
 * @param server the endpoint's base for phone files, ending in {@code /}, e.g.
 *        {@code https://prov.example.net:8443/prov/}
 * @param token the device's secret token, or empty when the URL carries none
 * @param userName the HTTP user name (the device's MAC, 12 lower-case hex digits), or empty when
 *        fetches need no password
 * @param password the HTTP password, or empty when fetches need none
 * @param bootstrap true when this file is a first-contact bootstrap: it carries no line and no
 *        other secret, and the phone should fetch again soon to receive its full file
 */
public record ProvisioningAccess(String server, String token, String userName, String password,
        boolean bootstrap) {

    /** Checks the parts and that the server is a directory. */
    public ProvisioningAccess {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        if (!server.endsWith("/")) {
            throw new IllegalArgumentException("The provisioning server must end in /: "
                    + server);
        }
    }

    /** @return the URL the phone should fetch from, a directory ending in {@code /} */
    public String url() {
        return token.isEmpty() ? server : server + "t/" + token + "/";
    }

    /** @return whether fetches need a user name and password */
    public boolean hasPassword() {
        return !password.isEmpty();
    }

    /** @return the same access with the token and the password replaced by the mask */
    public ProvisioningAccess masked() {
        return new ProvisioningAccess(server, token.isEmpty() ? "" : DeviceConfig.MASK, userName,
                password.isEmpty() ? "" : DeviceConfig.MASK, bootstrap);
    }

    /** Describes the access without its secrets. */
    @Override
    public String toString() {
        return "ProvisioningAccess[" + server + (token.isEmpty() ? "" : ", token")
                + (userName.isEmpty() ? "" : ", user " + userName)
                + (bootstrap ? ", bootstrap" : "") + "]";
    }
}
