package org.openprov.templates.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.ModelInfo;

/**
 * Brings the models of a filter to the ids the registry stores on devices: an administrator
 * may type {@code SIP-T54W} or {@code vvx 450}, and the device says {@code T54W} or
 * {@code VVX450}. A model is looked up in the tables of the vendors the filter names (of every
 * installed vendor when it names none); one that no installed table lists is kept as typed,
 * since its vendor's bundle may simply be absent, unless every vendor the filter names is
 * installed, which makes it a mistake.
 */
final class ModelNames {

    private ModelNames() {
    }

    /**
     * @param models {@link ModelInfo#normalise} keys
     * @param vendors the filter's vendor ids, lower case; empty for all
     * @param generators the generators present now
     * @return the keys of the table ids they name
     * @throws IllegalArgumentException for a model none of the named, installed vendors has
     */
    static Set<String> canonical(Set<String> models, Set<String> vendors,
            List<ConfigGenerator> generators) {
        List<ConfigGenerator> tables = generators.stream()
                .filter(g -> vendors.isEmpty() || vendors.contains(id(g))).toList();
        boolean allKnown = !vendors.isEmpty()
                && tables.stream().map(ModelNames::id).distinct().count() == vendors.size();
        Set<String> keys = new TreeSet<>();
        for (String model : models) {
            Optional<ModelInfo> found = tables.stream().flatMap(g -> g.models().find(model)
                    .stream()).findFirst();
            if (found.isEmpty() && allKnown) {
                throw new IllegalArgumentException("No model " + model + " among the models of "
                        + String.join(", ", new TreeSet<>(vendors)) + "; vendor:list shows"
                        + " them");
            }
            keys.add(found.map(m -> ModelInfo.normalise(m.id())).orElse(model));
        }
        return keys;
    }

    private static String id(ConfigGenerator generator) {
        return generator.vendor().toLowerCase(Locale.ROOT);
    }
}
