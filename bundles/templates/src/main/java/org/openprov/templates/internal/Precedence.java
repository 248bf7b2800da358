package org.openprov.templates.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;

/**
 * Which templates apply to a device, and which value of each setting it receives. Pure
 * functions: storage and time are the caller's.
 *
 * <p>For each setting: if any template that applies locked it, the value of the highest level
 * (platform, then provider, then customer) that locked it wins, so a provider cannot override
 * the platform's lock, nor a customer its provider's. Without a lock the narrowest level wins:
 * the device's own value, then customer, provider, platform. Within one level a locked value
 * beats an unlocked one, an assigned template beats an auto-applied one, and of two alike the
 * one created later (higher id) wins.
 */
final class Precedence {

    /** Within one level: assigned first, then the later-created template. */
    private static final Comparator<Candidate> WITHIN_LEVEL = Comparator
            .comparing(Candidate::assigned).thenComparingLong(Candidate::id);

    private Precedence() {
    }

    /**
     * @param template a template
     * @param device a device
     * @param assigned whether the template is assigned to the device
     * @return whether the template applies to the device: never when disabled; when
     *         auto-apply or assigned, provided the device is in its scope and filter
     */
    static boolean applies(Template template, Device device, boolean assigned) {
        boolean byState = switch (template.state()) {
            case DISABLED -> false;
            case ASSIGNABLE -> assigned;
            case AUTO_APPLY -> true;
        };
        return byState && template.covers(device);
    }

    /**
     * @param device the device, whose own settings take part at level DEVICE
     * @param applied the templates that apply to it, in any order
     * @return the winning value of every setting, by name
     */
    static Map<String, ResolvedValue> resolve(Device device, List<AppliedTemplate> applied) {
        Map<String, List<Candidate>> byName = new TreeMap<>();
        for (AppliedTemplate a : applied) {
            requireTemplateLevel(a.template());
            a.template().values().forEach((name, value) -> byName
                    .computeIfAbsent(name, n -> new ArrayList<>()).add(candidate(a, name, value)));
        }
        device.settings().forEach((name, value) -> byName
                .computeIfAbsent(name, n -> new ArrayList<>())
                .add(new Candidate(ResolvedValue.onDevice(name, value), false, Long.MAX_VALUE)));
        Map<String, ResolvedValue> resolved = new TreeMap<>();
        byName.forEach((name, candidates) -> resolved.put(name, winner(candidates)));
        return resolved;
    }

    /**
     * @param candidates the values of one setting, at least one
     * @return the value the device receives
     */
    private static ResolvedValue winner(List<Candidate> candidates) {
        List<Candidate> locked = candidates.stream().filter(c -> c.value().locked()).toList();
        List<Candidate> pool;
        if (locked.isEmpty()) {
            Level narrowest = candidates.stream().map(c -> c.value().level())
                    .max(Comparator.naturalOrder()).orElseThrow();
            pool = atLevel(candidates, narrowest);
        } else {
            Level highest = locked.stream().map(c -> c.value().level())
                    .min(Comparator.naturalOrder()).orElseThrow();
            pool = atLevel(locked, highest);
        }
        return pool.stream().max(WITHIN_LEVEL).orElseThrow().value();
    }

    private static List<Candidate> atLevel(List<Candidate> candidates, Level level) {
        return candidates.stream().filter(c -> c.value().level() == level).toList();
    }

    /**
     * @param resolved a device's resolved values
     * @param name a canonical setting name
     * @return the value, if a template locked it
     */
    static Optional<ResolvedValue> lock(Map<String, ResolvedValue> resolved, String name) {
        return Optional.ofNullable(resolved.get(name)).filter(ResolvedValue::locked);
    }

    private static Candidate candidate(AppliedTemplate a, String name, TemplateValue value) {
        Template t = a.template();
        return new Candidate(new ResolvedValue(name, value.value(), t.level(), t.name(),
                value.locked()), a.assigned(), a.id());
    }

    private static void requireTemplateLevel(Template template) {
        if (template.level() == Level.DEVICE || template.state() == TemplateState.DISABLED) {
            throw new IllegalArgumentException(template + " cannot apply to a device");
        }
    }

    /** One value of a setting, with what ranks it within its level. */
    private record Candidate(ResolvedValue value, boolean assigned, long id) {
    }
}
