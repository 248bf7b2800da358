package org.openprov.billing.command;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.billing.BillingService;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.RegistryException;

/**
 * What the billing commands share: the services, the platform's clock, and the rule that a
 * mistake is shown as a plain message rather than a failure with a stack trace.
 */
public abstract class BillingAction implements Action {

    @Reference
    BillingService billing;

    @Reference
    DeviceRegistry registry;

    /** The platform's clock, which tests and demos move; the system's while there is none. */
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
            // The service and the parsers say what was wrong and what to do.
            throw new CommandException(mistake.getMessage());
        }
    }

    /**
     * Does the command's work.
     *
     * @throws Exception a {@link CommandException} for a mistake; anything else is a failure
     */
    protected abstract void run() throws Exception;

    /** @return the current time of the platform */
    Instant now() {
        return (clock == null ? Clock.systemUTC() : clock).instant();
    }

    /**
     * @param provider a provider's name as typed
     * @throws CommandException if there is no such provider
     */
    void requireProvider(String provider) throws CommandException {
        if (registry.provider(provider).isEmpty()) {
            throw new CommandException("There is no provider " + provider + "; see"
                    + " provider:list");
        }
    }
}
