package org.openprov.endpoint.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * The listeners a configuration asks for: plain HTTP, HTTPS, and HTTPS for old phones, each
 * optional but never all off. Building one checks the listener keys and opens the key store,
 * so a wrong value raises {@link IllegalArgumentException} naming its key before any running
 * listener is touched; the listeners then start from what was checked.
 */
final class Listeners {

    /**
     * One listener.
     *
     * @param kind http, https or legacy
     * @param host the address it listens on
     * @param port its TCP port
     * @param tls what it offers over TLS; null for plain HTTP
     */
    record Listener(String kind, String host, int port, TlsConfig.Profile tls) {

        /** @return e.g. {@code https://0.0.0.0:8443/prov/ (TLSv1.3, TLSv1.2)} */
        String describe() {
            String address = host.contains(":") ? "[" + host + "]" : host;
            String url = (tls == null ? "http" : "https") + "://" + address + ":" + port + "/prov/";
            if (tls == null) {
                return url;
            }
            String refused = tls.refusedByJvm().isEmpty() ? ""
                    : "; the JVM refuses " + String.join(", ", tls.refusedByJvm());
            return (kind.equals("legacy") ? "legacy " : "") + url + " ("
                    + String.join(", ", tls.protocols()) + refused + ")";
        }
    }

    private final EndpointConfig config;
    private final List<Listener> listeners;
    private final TlsConfig tls;

    private Listeners(EndpointConfig config, List<Listener> listeners, TlsConfig tls) {
        this.config = config;
        this.listeners = List.copyOf(listeners);
        this.tls = tls;
    }

    /**
     * @param config the endpoint's configuration; host, ports and threads already checked
     * @return its listeners, the key store opened when one of them is HTTPS
     */
    static Listeners of(EndpointConfig config) {
        // Refused even without HTTPS: a typo there should not wait for HTTPS to show.
        TlsConfig.wantsClientCertificates(config);
        List<Listener> all = new ArrayList<>();
        if (config.httpEnabled()) {
            all.add(new Listener("http", config.host(), config.port(), null));
        }
        if (checkedPort("httpsPort", config.httpsPort()) > 0) {
            all.add(new Listener("https", config.host(), config.httpsPort(),
                    TlsConfig.modern(config)));
        }
        if (checkedPort("legacyHttpsPort", config.legacyHttpsPort()) > 0) {
            all.add(new Listener("legacy", config.host(), config.legacyHttpsPort(),
                    TlsConfig.legacy(config)));
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no listener is left: httpEnabled is false and"
                    + " neither httpsPort nor legacyHttpsPort is set");
        }
        checkDistinctPorts(all);
        boolean anyTls = all.stream().anyMatch(l -> l.tls() != null);
        return new Listeners(config, all, anyTls ? TlsConfig.of(config) : null);
    }

    /** @return the configuration these listeners come from */
    EndpointConfig config() {
        return config;
    }

    /**
     * Adds one connector per listener to a server that is not started yet.
     *
     * @param server the endpoint's Jetty server
     */
    void addTo(Server server) throws GeneralSecurityException {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Jetty keeps a connection's header values to reuse them on its next request; every
        // phone sends a User-Agent of its own (its MAC, its firmware), so the cache only costs
        // (a third of Jetty's time in the benchmark went to filling and searching it).
        http.setHeaderCacheSize(0);
        for (Listener listener : listeners) {
            ServerConnector connector = listener.tls() == null
                    ? new ServerConnector(server, new HttpConnectionFactory(http))
                    : tlsConnector(server, http, listener.tls());
            connector.setHost(listener.host());
            connector.setPort(listener.port());
            connector.setIdleTimeout(config.idleTimeoutSeconds() * 1000L);
            server.addConnector(connector);
        }
    }

    /** @return every listener, for the log, e.g. {@code http://0.0.0.0:8080/prov/, ...} */
    String describe() {
        String all = listeners.stream().map(Listener::describe)
                .collect(Collectors.joining(", "));
        return tls != null && tls.wantClientCertificates()
                ? all + ", client certificates asked for" : all;
    }

    private ServerConnector tlsConnector(Server server, HttpConfiguration http,
            TlsConfig.Profile profile) throws GeneralSecurityException {
        HttpConfiguration https = new HttpConfiguration(http);
        // Phones reach the endpoint by IP address or by names the certificate may not list;
        // Jetty's check of the Host header against the certificate would answer them 400.
        https.addCustomizer(new SecureRequestCustomizer(false));
        SslConnectionFactory tlsLayer = new SslConnectionFactory(tls.newFactory(profile),
                HttpVersion.HTTP_1_1.asString());
        return new ServerConnector(server, tlsLayer, new HttpConnectionFactory(https));
    }

    private static int checkedPort(String key, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(key + " " + port
                    + " is not between 1 and 65535, nor 0 for none");
        }
        return port;
    }

    private static String portKey(Listener listener) {
        return switch (listener.kind()) {
            case "http" -> "port";
            case "https" -> "httpsPort";
            default -> "legacyHttpsPort";
        };
    }

    private static void checkDistinctPorts(List<Listener> all) {
        Map<Integer, String> kinds = new HashMap<>();
        for (Listener listener : all) {
            String other = kinds.putIfAbsent(listener.port(), portKey(listener));
            if (other != null) {
                throw new IllegalArgumentException(other + " and " + portKey(listener)
                        + " are both " + listener.port() + "; each listener needs its own port");
            }
        }
    }
}
