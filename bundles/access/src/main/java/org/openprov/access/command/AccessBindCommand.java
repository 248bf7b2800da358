package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.access.ClientIdentity;
import org.openprov.api.registry.Device;

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
        access.bind(device.mac(), print, name);
        out.println("Device " + device.mac() + " is bound to "
                + (print.isEmpty() ? "" : "the certificate with SHA-256 " + print)
                + (print.isEmpty() || name.isEmpty() ? "" : " and ")
                + (name.isEmpty() ? "" : "subject " + name)
                + ". Its own files are served only to a phone presenting it over HTTPS.");
    }
}
