package org.openprov.access.command;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.access.internal.Credentials;
import org.openprov.access.internal.Policy;
import org.openprov.api.access.FetchMode;
import org.openprov.api.registry.Device;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@code access:show [--reveal] <mac>}. */
@Command(scope = "access", name = "show", description = "Shows how a phone fetches: its"
        + " provider's mode, its user name, whether its first contact happened (when, from"
        + " where), whether old credentials still work after a rotation, and the certificate it"
        + " is bound to. The password and the token URL are shown only with --reveal, e.g. to"
        + " type them into a phone by hand")
@Service
public class AccessShowCommand extends AccessAction {

    @Argument(index = 0, name = "mac", required = true, description = "The phone's MAC")
    String mac;

    @Option(name = "--reveal", description = "Also print the password and the token URL")
    boolean reveal;

    /** Where the endpoint's publicUrl is read from, when Configuration Admin is there. */
    @Reference(optional = true)
    ConfigurationAdmin configurations;

    @Override
    protected void run() throws Exception {
        Device device = registered(mac);
        Policy policy = access.policy(device.providerName());
        Credentials c = access.credentials(device.mac());
        FetchMode mode = policy.mode();
        ShellTable table = new ShellTable().noHeaders();
        table.column("Field");
        table.column("Value");
        table.addRow().addContent("MAC", device.mac().colons());
        table.addRow().addContent("Provider", device.providerName());
        table.addRow().addContent("Mode", mode.key() + (policy.own() ? "" : " (default)"));
        table.addRow().addContent("User name", mode.needsPassword() ? device.mac().hex()
                : "(not used)");
        table.addRow().addContent("Password", !mode.needsPassword() ? "(not used)"
                : reveal ? c.password() : "******** (--reveal shows it)");
        String base = endpointBase();
        table.addRow().addContent("URL", !mode.needsToken() ? base + "prov/"
                : reveal ? base + "prov/t/" + c.token() + "/"
                        : base + "prov/t/********/ (--reveal shows it)");
        table.addRow().addContent("Credentials", "generation " + c.generation());
        table.addRow().addContent("Old ones work until", c.overlapping(access.now())
                ? time(c.previousUntil()) : "(none)");
        java.util.Optional<java.time.Instant> end = access.firstContactEnd(c);
        boolean closed = end.map(e -> !access.now().isBefore(e)).orElse(false);
        table.addRow().addContent("First contact", c.claimed() ? time(c.claimedAt()) + " from "
                + c.claimedFrom() : !policy.bootstrap() ? "not yet; bootstrap is off for "
                        + device.providerName() : closed ? "not yet; its window ended "
                                + time(end.get()) + " (access:rearm opens it again)"
                                : "not yet; allowed until " + end.map(AccessAction::time)
                                        .orElse("any time"));
        table.addRow().addContent("Bound to", !c.bound() ? "(no certificate)"
                : String.join(", ", java.util.stream.Stream.of(
                        c.boundFingerprint().isEmpty() ? "" : "SHA-256 " + c.boundFingerprint(),
                        c.boundSubject().isEmpty() ? "" : "subject " + c.boundSubject())
                        .filter(t -> !t.isEmpty()).toList()));
        table.print(out);
        if (base.startsWith("<")) {
            out.println("Set publicUrl in etc/org.openprov.endpoint.cfg to show the full URL.");
        }
        if (reveal && mode != FetchMode.OPEN) {
            out.println("These are secrets: whoever holds them gets this phone's file with its"
                    + " SIP password. access:rotate " + device.mac() + " makes new ones.");
        }
    }

    /** @return the endpoint's publicUrl with a final /, or a placeholder when it is not set */
    private String endpointBase() {
        Object url = null;
        try {
            if (configurations != null) {
                Configuration endpoint = configurations.getConfiguration(
                        "org.openprov.endpoint", null);
                url = endpoint.getProperties() == null ? null
                        : endpoint.getProperties().get("publicUrl");
            }
        } catch (java.io.IOException e) {
            url = null;
        }
        String text = url == null ? "" : url.toString().trim();
        if (!text.matches("https?://[A-Za-z0-9.\\[\\]:-]+(/[A-Za-z0-9._~/-]*)?")) {
            // Empty, or a value the endpoint refuses too.
            return "<endpoint>/";
        }
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        // The endpoint takes a base written with /prov too: /prov/ is added once.
        return (text.endsWith("/prov") ? text.substring(0, text.length() - 5) : text) + "/";
    }
}
