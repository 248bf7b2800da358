package org.openprov.registry.command;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.entitlement.Entitlement;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.RegistryException;

/**
 * What every registry command shares: the registry, and the rule that an administrator's mistake
 * is shown as a plain message, not as a failure with a stack trace.
 */
public abstract class RegistryAction implements Action {

    @Reference
    DeviceRegistry registry;

    /** Present while the entitlement bundle runs. */
    @Reference(optional = true)
    EntitlementService entitlement;

    /** The platform's clock, which tests and demos may have moved. */
    @Reference(optional = true)
    Clock clock;

    /** Where the command writes; Karaf routes {@code System.out} to the session's console. */
    PrintStream out = System.out;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
            return null;
        } catch (RegistryException | IllegalArgumentException mistake) {
            // The registry and the API's value types (Mac, SipLine, Transport, Setting) throw
            // these for what was typed, with a message written for the administrator.
            throw new CommandException(mistake.getMessage());
        }
    }

    /**
     * Does the command's work.
     *
     * @throws Exception a {@link CommandException} for a mistake; anything else is a failure
     */
    protected abstract void run() throws Exception;

    /**
     * @param mac a MAC in any form an administrator types
     * @return the registered device
     * @throws CommandException if the MAC is malformed or not registered
     */
    Device registered(String mac) throws CommandException {
        Mac parsed = Mac.parse(mac);
        return registry.device(parsed).orElseThrow(() -> new CommandException("MAC " + parsed
                + " is not registered; see device:list, or register it with device:add"));
    }

    /**
     * Reads a line typed at the console, hidden when masked.
     *
     * @param session the console session
     * @param prompt what to ask
     * @param mask the character shown for each one typed, or null to show them
     * @param instead what to do when there is no terminal to ask on (a script, bin/client -b)
     * @return what was typed
     * @throws CommandException when nothing could be read or the question was interrupted
     */
    static String ask(Session session, String prompt, Character mask, String instead)
            throws CommandException {
        String typed;
        try {
            typed = session.readLine(prompt, mask);
        } catch (UnsupportedOperationException noTerminal) {
            throw new CommandException("Cannot ask here (no terminal); nothing was changed. "
                    + instead);
        } catch (IOException | RuntimeException interrupted) {
            // Ctrl-C at the prompt arrives as the line reader's own runtime exception.
            throw new CommandException("Nothing was read (" + interrupted.getClass()
                    .getSimpleName() + "); nothing was changed");
        }
        if (typed == null) {
            throw new CommandException("Nothing was read; nothing was changed");
        }
        return typed;
    }

    /** @return the platform's time now */
    Instant now() {
        return (clock == null ? Clock.systemUTC() : clock).instant();
    }

    /**
     * @param device a device
     * @return its Provisioning Plus standing now, if the entitlement bundle runs
     */
    Optional<Entitlement> standing(Device device) {
        return Optional.ofNullable(entitlement).map(e -> e.entitlement(device, now()));
    }

    /**
     * @param device a device
     * @return its state as the console shows it, e.g. {@code ACTIVE (15 days left)}
     */
    String state(Device device) {
        return standing(device).map(Entitlement::describe).orElse(device.provisioningPlus()
                ? "PROVISIONING PLUS (state unknown: entitlement not running)" : "MONTHLY");
    }

    /**
     * @param provider a provider name as typed
     * @throws CommandException if there is no such provider
     */
    void requireProvider(String provider) throws CommandException {
        if (registry.provider(provider).isEmpty()) {
            throw new CommandException("There is no provider " + provider + "; see"
                    + " provider:list, or add it with provider:add " + provider);
        }
    }
}
