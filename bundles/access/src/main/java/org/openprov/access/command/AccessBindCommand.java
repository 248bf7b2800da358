package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.access.internal.SubjectNames;
import org.openprov.api.access.ClientIdentity;
import org.openprov.api.registry.Device;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@code access:bind (--fingerprint F | --subject S) <mac>}. */
@Command(scope = "access", name = "bind", description = "Binds a phone to its client"
        + " certificate (e.g. the vendor's factory certificate): its own files are then served"
        + " only over HTTPS to a phone presenting that certificate, on top of its provider's"
        + " mode. The endpoint must ask for client certificates (clientAuth=want in"
        + " etc/org.openprov.endpoint.cfg). access:unbind undoes it")
@Service
public class AccessBindCommand extends AccessAction {

    @Argument(index = 0, name = "mac", required = true, description = "The phone's MAC")
    String mac;

    @Option(name = "--fingerprint", description = "The certificate's SHA-256 fingerprint, hex"
            + " digits with or without colons")
    String fingerprint;

    @Option(name = "--subject", description = "The certificate's subject, as the endpoint logs"
            + " it, e.g. \"CN=SEP001565A1B2C3, O=Example\"")
    String subject;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        if (fingerprint == null && subject == null) {
            throw new CommandException("Give --fingerprint, --subject or both");
        }
        String print = fingerprint == null ? "" : ClientIdentity.normalFingerprint(fingerprint);
        String name = subject == null ? "" : subject.trim();
        if (subject != null && !SubjectNames.valid(name)) {
            throw new CommandException("--subject takes a certificate subject such as"
                    + " \"CN=001565a1b2c3, O=Example\", as the endpoint logs it; not '"
                    + subject + "'");
        }
        access.bind(device.mac(), print, name);
        out.println("Device " + device.mac() + " is bound to "
                + (print.isEmpty() ? "" : "the certificate with SHA-256 " + print)
                + (print.isEmpty() || name.isEmpty() ? "" : " and ")
                + (name.isEmpty() ? "" : "subject " + name)
                + ". Its own files are served only to a phone presenting it over HTTPS.");
        endpointWarning().ifPresent(out::println);
    }

    /** Where the endpoint's settings are read from, when Configuration Admin is there. */
    @Reference(optional = true)
    ConfigurationAdmin configurations;

    /** @return a warning when the endpoint asks no phone for a certificate */
    private java.util.Optional<String> endpointWarning() {
        try {
            if (configurations == null) {
                return java.util.Optional.empty();
            }
            java.util.Dictionary<String, Object> p = configurations.getConfiguration(
                    "org.openprov.endpoint", null).getProperties();
            String auth = p == null ? "none" : String.valueOf(p.get("clientAuth"));
            String https = p == null ? "0" : String.valueOf(p.get("httpsPort"));
            if (!"want".equals(auth.trim()) || "0".equals(https.trim()) || "null".equals(https)) {
                return java.util.Optional.of("Warning: the endpoint asks phones for no"
                        + " certificate (etc/org.openprov.endpoint.cfg needs httpsPort and"
                        + " clientAuth = want), so this phone's own files answer 404 until it"
                        + " does.");
            }
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }
}
