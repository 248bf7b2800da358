package org.openprov.registry.command;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.openprov.registry.command.completers.MacCompleter;
import org.osgi.framework.BundleContext;

/**
 * {@code device:line-set <mac> <line> <user> <server> [options]}: adds or replaces a SIP
 * account.
 */
@Command(scope = "device", name = "line-set", description = "Sets the SIP account on one line"
        + " of a phone, adding the line or replacing what it had",
        detailedDescription = "Give the password with --password-prompt: it is then typed"
                + " hidden and stays out of the console history. --password is masked in the"
                + " history of an interactive console, but a script or an SSH command line"
                + " may still record it. Without either, a line that already has a password"
                + " keeps it.")
@Service
public class DeviceLineSetCommand extends RegistryAction {

    /** The console masks --password in its own history; other records of the line do not. */
    static final String HISTORY_WARNING = "Warning: a password given with --password can be"
            + " recorded outside this console's masked history, by a script, an SSH command line"
            + " or a terminal log; --password-prompt asks for it hidden instead";

    @Reference
    BundleContext context;

    @Reference
    Session session;

    @Reference(optional = true)
    ConfigResolver resolver;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    @Completion(MacCompleter.class)
    String mac;

    @Argument(index = 1, name = "line", required = true, description = "The line on the phone,"
            + " from 1 up to the number of lines the model has")
    int line;

    @Argument(index = 2, name = "user", required = true,
            description = "The SIP user (extension or account name) the line registers as")
    String user;

    @Argument(index = 3, name = "server", description = "The SIP server (registrar) host name"
            + " or address; leave it out to use the setting sip.server (from a template or the"
            + " device)")
    String server;

    @Option(name = "--auth-user", description = "The user name for SIP authentication, when it"
            + " differs from the SIP user")
    String authUser;

    @Option(name = "--password-prompt", description = "Ask for the SIP password and read it"
            + " hidden (preferred)")
    boolean passwordPrompt;

    @Option(name = "--password", censor = true, mask = '*', description = "The SIP password;"
            + " prefer --password-prompt, which keeps it out of the command line")
    String password;

    @Option(name = "--display-name", description = "The caller name others see; defaults to"
            + " the SIP user")
    String displayName;

    @Option(name = "--label", description = "The text next to the line key on the phone;"
            + " defaults to the SIP user")
    String label;

    @Option(name = "--port", description = "The SIP server's port; without it, the setting"
            + " sip.port, else 5060")
    Integer port;

    @Option(name = "--transport", description = "How the phone talks to the SIP server: udp,"
            + " tcp or tls; without it, the setting sip.transport, else udp")
    @Completion(value = StringsCompleter.class, values = {"udp", "tcp", "tls"})
    String transport;

    @Override
    protected void run() throws Exception {
        if (password != null) {
            out.println(HISTORY_WARNING); // whatever follows, the line was typed
        }
        Device device = registered(mac);
        checkLineLimit(device);
        SipLine sipLine = new SipLine(line, user, authUser, password(device), displayName,
                label, server, port(), transport == null ? null : Transport.parse(transport));
        Device changed = registry.setLine(device.mac(), sipLine);
        out.println("Line " + line + " of " + device.mac().colons() + " set: " + user + "@"
                + (sipLine.server().isEmpty() ? "(sip.server)" : sipLine.server()) + ":"
                + (sipLine.port() == 0 ? "(sip.port)" : String.valueOf(sipLine.port()))
                + " over " + (sipLine.transport() == null ? "(sip.transport)"
                        : sipLine.transport().name().toLowerCase(Locale.ROOT))
                + (sipLine.password().isEmpty() ? ", without a password" : ""));
        if (sipLine.server().isEmpty() && config(changed).value(Setting.SIP_SERVER).isEmpty()) {
            out.println("Note: no sip.server reaches this phone yet, so line " + line + " is"
                    + " left out of its file until a template or device:setting-set " + mac
                    + " sip.server <host> gives one");
        }
    }

    /** The device's settings across its templates, or its own while templates are absent. */
    private DeviceConfig config(Device device) {
        return resolver == null ? DeviceConfig.ofDevice(device) : resolver.resolve(device);
    }

    /** @return the port given, or 0 to take sip.port; an explicit 0 is refused */
    private int port() throws CommandException {
        if (port != null && port == 0) {
            throw new CommandException("SIP port 0 is out of range 1-65535; leave --port out to"
                    + " use the setting sip.port (5060 when unset)");
        }
        return port == null ? 0 : port;
    }

    /** @return the vendors installed now; a test replaces this */
    InstalledVendors vendors() {
        return InstalledVendors.of(context);
    }

    /**
     * The model's line count is in its vendor bundle, so without that bundle, or with a bundle
     * that no longer lists the model, the line cannot be checked; it is refused rather than
     * stored unchecked. Runs before {@link SipLine}'s own range of 1 to
     * {@value SipLine#MAX_LINES}, so the administrator learns the model's range.
     */
    private void checkLineLimit(Device device) throws CommandException {
        InstalledVendors.Vendor vendor = vendors().find(device.vendor()).orElseThrow(
                () -> new CommandException("Vendor " + device.vendor() + " is not installed, so"
                        + " line " + line + " cannot be checked against the " + device.model()
                        + "'s lines; install it (feature:install openprov-vendor-"
                        + device.vendor() + ") and try again"));
        ModelInfo model = vendor.models().find(device.model()).orElseThrow(
                () -> modelGone(vendor, device));
        if (line < 1 || line > model.lines()) {
            throw new CommandException("The " + model.displayName() + " has " + model.lines()
                    + " line(s); choose a line from 1 to " + model.lines());
        }
    }

    private CommandException modelGone(InstalledVendors.Vendor vendor, Device device) {
        return new CommandException(vendor.displayName() + " no longer lists model "
                + device.model() + ", so line " + line + " cannot be checked against its lines;"
                + " install the version of the vendor that lists it, or register the phone again"
                + " (device:remove, then device:add) as one of its models: "
                + vendor.models().models().stream().map(ModelInfo::id)
                        .collect(Collectors.joining(", ")));
    }

    private String password(Device device) throws Exception {
        if (passwordPrompt && password != null) {
            throw new CommandException("Give the password either with --password-prompt or"
                    + " with --password, not both");
        }
        if (passwordPrompt) {
            return promptPassword();
        }
        if (password != null) {
            return password;
        }
        return device.lines().stream().filter(l -> l.number() == line).findFirst()
                .map(SipLine::password).orElse("");
    }

    /** Asks twice, since a mistyped hidden password shows only when the phone fails. */
    private String promptPassword() throws Exception {
        String instead = "Give the password with --password from a script";
        String first = ask(session, "SIP password for line " + line + ": ", '*', instead);
        String again = ask(session, "The same password again: ", '*', instead);
        if (first.isEmpty()) {
            throw new CommandException("No password was typed; nothing was changed. To remove"
                    + " the line's password, remove the line and set it again without one");
        }
        if (!first.equals(again)) {
            throw new CommandException("The two passwords differ; nothing was changed");
        }
        return first;
    }
}
