package org.openprov.endpoint.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * The certificate a phone presented in the TLS handshake. The endpoint asks for one only with
 * {@code clientAuth = want}, and accepts any: the handshake proves the phone holds the
 * certificate's private key, so the fingerprint identifies the phone's key, while the subject
 * is only what the certificate claims, checked against no authority. Fetch access compares
 * them with the certificate a device is bound to (access:bind).
 *
 * @param subject the subject's distinguished name in RFC 2253 form, e.g.
 *        {@code CN=001565a1b2c3,O=Yealink}
 * @param sha256 the SHA-256 fingerprint of the certificate: upper-case hex pairs joined by
 *        colons, as {@code openssl x509 -noout -fingerprint -sha256} and keytool print it
 */
record ClientCertificate(String subject, String sha256) {

    /**
     * @param request a request; the HTTPS listeners' SecureRequestCustomizer puts the TLS
     *        session on it
     * @return the certificate the client presented, or empty over plain HTTP or without one
     */
    static Optional<ClientCertificate> of(Request request) {
        Object session = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
        if (!(session instanceof EndPoint.SslSessionData tls)) {
            return Optional.empty();
        }
        X509Certificate[] chain = tls.peerCertificates();
        return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(of(chain[0]));
    }

    /** @return the subject and fingerprint of a certificate */
    static ClientCertificate of(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return new ClientCertificate(
                    certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                    HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint a client certificate", e);
        }
    }
}
