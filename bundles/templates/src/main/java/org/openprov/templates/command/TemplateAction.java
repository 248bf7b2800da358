package org.openprov.templates.command;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.entitlement.PlanState;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateService;

/**
 * What the template commands share: the services, and the rule that a mistake is shown as a
 * plain message rather than a failure with a stack trace.
 */
public abstract class TemplateAction implements Action {

    @Reference
    TemplateService templates;

    /** Present while the entitlement bundle runs; tells which phones are EXPIRED. */
    @Reference(optional = true)
    EntitlementService entitlements;

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
            // The template service and the API's value types say what is wrong and what to do.
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
     * @param name a template name as typed
     * @return the template
     * @throws CommandException if there is none
     */
    Template require(String name) throws CommandException {
        return templates.template(name).orElseThrow(() -> new CommandException("There is no"
                + " template " + name + "; see template:list"));
    }

    /**
     * Says how far a change goes, e.g. {@code reaches 12 devices; they get it at their next
     * fetch}.
     *
     * @param template the template after the change
     * @param effect what the devices it reaches do, e.g. {@code they get it}
     * @return the clause
     */
    String reach(Template template, String effect) {
        List<Device> reached = templates.reach(template.name());
        if (reached.isEmpty()) {
            return "reaches no device" + idle(template);
        }
        long expired = reached.stream().filter(this::expired).count();
        String clause = "reaches " + devices(reached.size()) + "; " + effect
                + " at their next fetch";
        if (expired == 0) {
            return clause;
        }
        return clause + ", except " + expired + " EXPIRED, which keep the configuration they"
                + " had at expiry";
    }

    /** @return what would make an idle template apply */
    private static String idle(Template template) {
        String name = template.name();
        return switch (template.state()) {
            case DISABLED -> " while disabled; make it apply with template:state " + name
                    + " auto-apply, or assignable and template:assign " + name + " <mac>";
            case ASSIGNABLE -> " yet; assign it with template:assign " + name + " <mac>";
            case AUTO_APPLY -> " yet: no registered phone is in its scope and filter";
        };
    }

    /**
     * @param device a device
     * @return whether it is EXPIRED now; false while the entitlement bundle is absent
     */
    boolean expired(Device device) {
        EntitlementService service = entitlements;
        return service != null && device.provisioningPlus()
                && service.entitlement(device, now()).state() == PlanState.EXPIRED;
    }

    /** @return the current time of the platform */
    Instant now() {
        return (clock == null ? Clock.systemUTC() : clock).instant();
    }

    /**
     * @param n a number of devices
     * @return e.g. {@code 1 device} or {@code 12 devices}
     */
    static String devices(long n) {
        return n == 1 ? "1 device" : n + " devices";
    }
}
