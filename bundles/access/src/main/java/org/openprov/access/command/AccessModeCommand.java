package org.openprov.access.command;

import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.access.internal.Policy;
import org.openprov.api.access.FetchMode;

/** {@code access:mode <provider> <mode>}. */
@Command(scope = "access", name = "mode", description = "Sets how a provider's phones prove who"
        + " they are when they fetch their own files: open (the MAC alone), password (HTTP"
        + " Digest with per-phone credentials; Basic accepted over TLS only), token (a secret in"
        + " the URL, /prov/t/<token>/) or both. Phones that have no credentials yet get them in"
        + " a bootstrap file at their next fetch, unless --bootstrap off. --default gives the"
        + " provider the platform's default mode again")
@Service
public class AccessModeCommand extends AccessAction {

    @Argument(index = 0, name = "provider", required = true, description = "The provider")
    String provider;

    @Argument(index = 1, name = "mode", required = false,
            description = "open, password, token or both")
    String mode;

    @Option(name = "--bootstrap", description = "on: a phone's first fetch without credentials"
            + " gets a bootstrap file with them (default); off: credentials reach phones some"
            + " other way")
    String bootstrap;

    @Option(name = "--overlap", description = "How long old credentials keep working after"
            + " access:rotate, e.g. 12h or 7d")
    String overlap;

    @Option(name = "--default", description = "Drop the provider's own mode: it gets the"
            + " platform's default again")
    boolean dropOwn;

    @Override
    protected void run() throws Exception {
        requireProvider(provider);
        if (dropOwn) {
            if (mode != null || bootstrap != null || overlap != null) {
                throw new CommandException("--default takes no mode and no other option");
            }
            boolean had = access.dropPolicy(provider);
            Policy now = access.policy(provider);
            out.println((had ? "" : "Provider " + provider + " had no mode of its own. ")
                    + "Provider " + provider + " is on the default mode, " + now.mode().key()
                    + ".");
            return;
        }
        if (mode == null) {
            throw new CommandException("Give a mode: " + FetchMode.names()
                    + ", or --default");
        }
        FetchMode chosen = FetchMode.byKey(mode).orElseThrow(() -> new CommandException(
                "There is no mode " + mode + "; the modes are " + FetchMode.names()));
        Optional<Boolean> first = Optional.empty();
        if (bootstrap != null) {
            first = Optional.of(switch (bootstrap.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new CommandException("--bootstrap takes on or off, not "
                        + bootstrap);
            });
        }
        Optional<java.time.Duration> length = overlap == null ? Optional.empty()
                : Optional.of(duration(overlap));
        Policy before = access.policy(provider);
        Policy after = access.setPolicy(provider, chosen, first, length);
        out.println("Provider " + provider + ": phones fetch with " + explain(after.mode())
                + "; first contact " + (after.bootstrap() ? "gives a bootstrap file" : "is off")
                + "; old credentials work " + shown(after.overlap()) + " after access:rotate.");
        if (before.mode() != after.mode() && after.mode() != FetchMode.OPEN) {
            out.println("Phones of " + provider + " that never fetched with credentials will "
                    + (after.bootstrap() ? "get a bootstrap file at their next fetch, then"
                            + " their own file at the one after."
                            : "be refused until they are given their credentials"
                                    + " (access:show --reveal <mac>)."));
        }
        if (after.mode() == FetchMode.OPEN) {
            out.println("Warning: in open mode anyone who knows or guesses a MAC gets that"
                    + " phone's file, SIP password included.");
        }
    }

    static String explain(FetchMode mode) {
        return switch (mode) {
            case OPEN -> "the MAC alone (open)";
            case PASSWORD -> "a per-phone password (HTTP Digest; Basic over TLS only)";
            case TOKEN -> "a per-phone token in the URL";
            case BOTH -> "a per-phone token in the URL and a per-phone password";
        };
    }
}
