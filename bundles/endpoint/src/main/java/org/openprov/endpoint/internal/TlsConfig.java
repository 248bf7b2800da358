package org.openprov.endpoint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TLS part of the endpoint's configuration, checked against this JVM and loaded: building
 * one opens the key store, so a missing file or a wrong password is found before any running
 * listener is touched. What is wrong raises {@link IllegalArgumentException} naming the key.
 *
 * <p>The key store password is used once, to open the store and its key, and is not kept.
 */
final class TlsConfig {

    private static final Logger LOG = LoggerFactory.getLogger(TlsConfig.class);

    private final KeyManager[] keyManagers;
    private final boolean wantClientCertificates;

    /**
     * The TLS versions and cipher suites one listener offers.
     *
     * @param protocols the versions offered, all allowed by the JVM, never empty
     * @param refusedByJvm the versions configured that the JVM refuses to negotiate
     * @param ciphers the suites configured; empty for the defaults
     * @param legacy true for the listener of old phones, whose defaults keep every suite the
     *        JVM enables; the modern listener drops the weak ones (see {@link #newFactory})
     */
    record Profile(List<String> protocols, List<String> refusedByJvm, List<String> ciphers,
            boolean legacy) {
    }

    private TlsConfig(KeyManager[] keyManagers, boolean wantClientCertificates) {
        this.keyManagers = keyManagers;
        this.wantClientCertificates = wantClientCertificates;
    }

    /** @return the key store of the configuration, opened */
    static TlsConfig of(EndpointConfig config) {
        return new TlsConfig(keyManagers(config), wantsClientCertificates(config));
    }

    /** @return true for clientAuth=want, false for none; anything else is refused */
    static boolean wantsClientCertificates(EndpointConfig config) {
        String mode = config.clientAuth() == null ? "" : config.clientAuth().trim();
        if (mode.equalsIgnoreCase("none") || mode.equalsIgnoreCase("want")) {
            return mode.equalsIgnoreCase("want");
        }
        throw new IllegalArgumentException("clientAuth must be none or want, not " + mode);
    }

    /** @return whether a client certificate is asked for */
    boolean wantClientCertificates() {
        return wantClientCertificates;
    }

    /** @return the profile of the HTTPS listener */
    static Profile modern(EndpointConfig config) {
        return profile("tlsProtocols", config.tlsProtocols(), "tlsCiphers", config.tlsCiphers(),
                false);
    }

    /** @return the profile of the HTTPS listener for old phones */
    static Profile legacy(EndpointConfig config) {
        return profile("legacyTlsProtocols", config.legacyTlsProtocols(), "legacyTlsCiphers",
                config.legacyTlsCiphers(), true);
    }

    /**
     * @param profile what the listener offers
     * @return a Jetty factory of TLS engines for that listener, not started
     */
    SslContextFactory.Server newFactory(Profile profile) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        TrustManager[] trust = wantClientCertificates
                ? new TrustManager[] {new AnyClientCertificate()} : null;
        context.init(keyManagers, trust, null);

        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(context);
        factory.setIncludeProtocols(quoted(profile.protocols()));
        // Jetty's default exclusions (RSA key exchange, SHA-1 MACs) stay on the modern
        // listener; old phones often know nothing else, which is what the legacy one is for.
        if (!profile.ciphers().isEmpty()) {
            factory.setIncludeCipherSuites(quoted(profile.ciphers()));
            factory.setExcludeCipherSuites();
        } else if (profile.legacy()) {
            factory.setExcludeCipherSuites();
        }
        factory.setWantClientAuth(wantClientCertificates);
        return factory;
    }

    private static Profile profile(String protocolsKey, String protocols, String ciphersKey,
            String ciphers, boolean legacy) {
        SSLParameters supported = supportedParameters();
        List<String> wanted = checkedProtocols(protocolsKey, protocols, supported);
        List<String> allowed = wanted.stream().filter(TlsConfig::jvmAllows).toList();
        List<String> refused = wanted.stream().filter(p -> !allowed.contains(p)).toList();
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException(protocolsKey + ": this JVM refuses every one of "
                    + String.join(", ", wanted) + " (jdk.tls.disabledAlgorithms)");
        }
        if (!refused.isEmpty()) {
            LOG.warn("{} lists {}, which this JVM refuses to negotiate (jdk.tls.disabledAlgorithms"
                    + " in {}/conf/security/java.security); only {} will be offered until they"
                    + " are re-enabled there", protocolsKey, String.join(", ", refused),
                    System.getProperty("java.home"), String.join(", ", allowed));
        }
        return new Profile(allowed, refused, checkedCiphers(ciphersKey, ciphers, supported),
                legacy);
    }

    private static List<String> checkedCiphers(String key, String value,
            SSLParameters supported) {
        List<String> suites = split(value);
        List<String> known = Arrays.asList(supported.getCipherSuites());
        for (String suite : suites) {
            if (!known.contains(suite)) {
                throw new IllegalArgumentException(key + " names " + suite
                        + ", a cipher suite this JVM does not know");
            }
        }
        return suites;
    }

    private static List<String> checkedProtocols(String key, String value,
            SSLParameters supported) {
        List<String> wanted = split(value);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException(key + " is empty");
        }
        List<String> known = Arrays.asList(supported.getProtocols());
        for (String protocol : wanted) {
            if (!protocol.startsWith("TLSv") || !known.contains(protocol)) {
                throw new IllegalArgumentException(key + " names " + protocol
                        + ", which is not a TLS version this JVM knows ("
                        + known.stream().filter(p -> p.startsWith("TLSv")).toList() + ")");
            }
        }
        return wanted;
    }

    /**
     * Asks the JVM itself: a client engine limited to the protocol (and suites) starts a
     * handshake, which the JVM refuses at once when java.security disables what it needs.
     *
     * @param protocol a TLS version, e.g. TLSv1.1
     * @param cipherSuites the suites to offer, none for the JVM's defaults
     * @return whether a handshake with them can start in this JVM; nothing is sent anywhere
     */
    static boolean jvmAllows(String protocol, String... cipherSuites) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            SSLEngine engine = context.createSSLEngine();
            engine.setUseClientMode(true);
            engine.setEnabledProtocols(new String[] {protocol});
            if (cipherSuites.length > 0) {
                engine.setEnabledCipherSuites(cipherSuites);
            }
            engine.beginHandshake();
            ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            engine.wrap(ByteBuffer.allocate(0), hello);
            return hello.position() > 0;
        } catch (SSLException | GeneralSecurityException | IllegalArgumentException refused) {
            return false;
        }
    }

    private static KeyManager[] keyManagers(EndpointConfig config) {
        Path path = keystorePath(config.keystorePath());
        KeyStore store = emptyStore(config.keystoreType());
        char[] password = config.keystorePassword() == null ? new char[0]
                : config.keystorePassword().toCharArray();
        try {
            load(store, path, password);
            checkHasKey(store, path);
            KeyManagerFactory factory =
                    KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return factory.getKeyManagers();
        } catch (UnrecoverableKeyException e) {
            throw new IllegalArgumentException("keystorePassword opens keystorePath " + path
                    + " but not the key in it; give the key the store's password");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("keystorePath " + path + " cannot be used: "
                    + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** @return the path, a relative one read from the Karaf etc folder */
    static Path keystorePath(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("keystorePath is empty");
        }
        Path path = Path.of(configured.trim());
        if (path.isAbsolute()) {
            return path;
        }
        return Path.of(System.getProperty("karaf.etc", "etc")).resolve(path).toAbsolutePath();
    }

    private static KeyStore emptyStore(String type) {
        try {
            return KeyStore.getInstance(type == null ? "" : type.trim());
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("keystoreType " + type
                    + " is not a key store type this JVM knows (PKCS12 or JKS)");
        }
    }

    private static void load(KeyStore store, Path path, char[] password)
            throws GeneralSecurityException {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("keystorePath " + path + " is not a readable file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        } catch (IOException e) {
            // The JDK signals a wrong password as an IOException caused by this exception.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalArgumentException("keystorePassword does not open keystorePath "
                        + path);
            }
            throw new IllegalArgumentException("keystorePath " + path + " cannot be read as a "
                    + store.getType() + " key store (" + e.getMessage() + ")");
        }
    }

    private static void checkHasKey(KeyStore store, Path path) throws KeyStoreException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return;
            }
        }
        throw new IllegalArgumentException("keystorePath " + path + " holds no private key;"
                + " HTTPS needs the endpoint's key and certificate chain");
    }

    private static SSLParameters supportedParameters() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            return context.getSupportedSSLParameters();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM offers no TLS", e);
        }
    }

    private static List<String> split(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** Jetty reads these lists as regular expressions; ours are plain names. */
    private static String[] quoted(List<String> names) {
        return names.stream().map(Pattern::quote).toArray(String[]::new);
    }

    /**
     * Accepts whatever certificate a phone presents when one is asked for (clientAuth=want).
     * Phones carry certificates from their vendors' own authorities, which no trust store here
     * holds; refusing them would fail the handshake of phones that were served before. The
     * handshake still proves the phone holds the certificate's private key, so its fingerprint
     * identifies it; the subject is only what the certificate claims. See ClientCertificate.
     */
    private static final class AnyClientCertificate extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // any certificate: no policy uses it yet
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket s) {
            // any certificate: no policy uses it yet
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e) {
            // any certificate: no policy uses it yet
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            throw new CertificateException("The phone endpoint trusts no server");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket s)
                throws CertificateException {
            throw new CertificateException("The phone endpoint trusts no server");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e)
                throws CertificateException {
            throw new CertificateException("The phone endpoint trusts no server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    @Override
    public String toString() {
        return "TlsConfig[clientAuth=" + (wantClientCertificates ? "want" : "none") + "]";
    }
}
