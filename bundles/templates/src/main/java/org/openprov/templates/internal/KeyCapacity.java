package org.openprov.templates.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.settings.LineKey;
import org.openprov.api.settings.Template;

/**
 * Checks a key layout against the phones a template reaches and the models its filter names,
 * with the rules of each vendor's generator.
 *
 * <p>A phone whose vendor bundle is not installed, or whose model its vendor's table no longer
 * lists, is skipped without a word: nothing can be known of its keys, and refusing every key
 * for it would block the administrator until the bundle returns. Its generator checks the
 * layout again when it renders and leaves out, with a log line, any key that does not fit.
 */
final class KeyCapacity {

    private final List<ConfigGenerator> generators;

    /** @param generators the generators present now, a snapshot */
    KeyCapacity(List<ConfigGenerator> generators) {
        this.generators = List.copyOf(generators);
    }

    /**
     * @param template the template that would hold the keys
     * @param keys the keys to check
     * @param devices the phones the template reaches, or would reach
     * @param byFilter whether the models its filter names are checked too
     * @return why the layout is refused, naming the key and the limit; empty if it fits
     */
    Optional<String> refusal(Template template, List<LineKey> keys,
            Collection<Device> devices, boolean byFilter) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Misfit> misfits = new LinkedHashMap<>();
        for (Device device : devices) {
            generator(device.vendor()).ifPresent(g -> g.models().find(device.model())
                    .ifPresent(model -> check(g, model, keys, misfits).ifPresent(
                            m -> m.phones.add(device))));
        }
        if (byFilter && !template.models().isEmpty()) {
            for (ConfigGenerator g : generators) {
                if (template.vendors().isEmpty() || template.vendors().contains(id(g))) {
                    g.models().models().stream().filter(m -> named(template, m))
                            .forEach(m -> check(g, m, keys, misfits));
                }
            }
        }
        return misfits.values().stream().findFirst().map(m -> m.message(template));
    }

    /** Records a misfit once per vendor and model, however many phones share it. */
    private static Optional<Misfit> check(ConfigGenerator generator, ModelInfo model,
            List<LineKey> keys, Map<String, Misfit> misfits) {
        String id = id(generator) + "/" + ModelInfo.normalise(model.id());
        Misfit known = misfits.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        List<String> problems = generator.keyRules().problems(keys, generator.displayName(),
                model);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Misfit misfit = new Misfit(problems, new ArrayList<>());
        misfits.put(id, misfit);
        return Optional.of(misfit);
    }

    private static boolean named(Template template, ModelInfo model) {
        return template.models().contains(ModelInfo.normalise(model.id()))
                || template.models().contains(ModelInfo.normalise(model.displayName()));
    }

    private Optional<ConfigGenerator> generator(String vendor) {
        return generators.stream().filter(g -> id(g).equals(vendor == null ? ""
                : vendor.toLowerCase(Locale.ROOT))).findFirst();
    }

    private static String id(ConfigGenerator generator) {
        return generator.vendor().toLowerCase(Locale.ROOT);
    }

    /** What does not fit one model, and the phones of that model the template reaches. */
    private record Misfit(List<String> problems, List<Device> phones) {

        String message(Template template) {
            String where = phones.isEmpty() ? "its model filter names that model"
                    : phones.size() == 1 ? "it reaches phone " + phones.get(0).mac().colons()
                    : "it reaches " + phones.size() + " phones of that model, e.g. "
                            + phones.get(0).mac().colons();
            return "Template " + template.name() + " cannot take this layout: "
                    + problems.get(0) + " (" + where + "). Use a key that fits, or a"
                    + " template whose model filter leaves that model out";
        }
    }
}
