package org.openprov.templates.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;

/**
 * Refuses a value that a template of a higher level would override anyway, because it locked
 * the setting for devices both can reach. Refusing at entry tells the administrator now,
 * instead of leaving a value that no phone ever receives.
 *
 * <p>Only the entry is checked: a lock added later above existing values is allowed, and
 * precedence then gives the locked value.
 */
final class LockCheck {

    private LockCheck() {
    }

    /**
     * @param target the provider or customer template about to take a value
     * @param setting the canonical setting name
     * @param templates every template
     * @return why the value is refused, naming the lock; empty if it is not
     */
    static Optional<String> refusal(Template target, String setting,
            Collection<Template> templates) {
        return templates.stream()
                .filter(above -> locks(above, target, setting))
                .min(Comparator.comparing(Template::level))
                .map(lock -> "Setting " + setting + " is locked by template " + lock.name()
                        + " (" + lock.scope() + "); ask its owner to unlock it or remove the"
                        + " value there");
    }

    private static boolean locks(Template above, Template target, String setting) {
        TemplateValue value = above.values().get(setting);
        return value != null && value.locked()
                && above.state() != TemplateState.DISABLED
                && above.level().compareTo(target.level()) < 0
                && encloses(above, target)
                && overlap(above.vendors(), target.vendors())
                && overlap(above.models(), target.models());
    }

    /** @return whether every device in the lower template's scope is in the higher one's */
    private static boolean encloses(Template above, Template below) {
        if (above.level() == Level.PLATFORM) {
            return true;
        }
        return above.level() == Level.PROVIDER
                && above.providerName().equalsIgnoreCase(below.providerName());
    }

    /** An empty filter lets every device through, so it overlaps any other. */
    private static boolean overlap(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
