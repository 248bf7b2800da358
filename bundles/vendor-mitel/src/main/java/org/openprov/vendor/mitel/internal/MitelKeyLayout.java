package org.openprov.vendor.mitel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;

/**
 * Where each key position of a model lands: the phone's key groups in order
 * ({@code prgkeyN}, {@code topsoftkeyN}, {@code softkeyN}, from the resource
 * {@code mitel-keys.tsv}), then its expansion modules ({@code expmodM keyK}), module by
 * module (Administrator Guide, "Softkey/Programmable Key/Expansion Module Key Parameters").
 */
final class MitelKeyLayout {

    /** One group of keys on the phone: its parameter prefix and how many keys it has. */
    record Group(String prefix, int keys) {
    }

    /** Where one key position lands: the parameter prefix and the group it is in. */
    record Slot(String prefix, String group) {
    }

    /** The group name of expansion module keys. */
    static final String MODULE = "expmod";

    private final Map<String, List<Group>> groups;

    private MitelKeyLayout(Map<String, List<Group>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /**
     * @param in the layout table, UTF-8; closed when read
     * @return the layout
     * @throws IllegalArgumentException naming a malformed line
     */
    static MitelKeyLayout read(InputStream in) {
        Map<String, List<Group>> groups = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    String[] cells = line.split("\t", -1);
                    groups.put(key(cells[0]), groups(line, cells));
                }
                header = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Mitel key layout", e);
        }
        return new MitelKeyLayout(groups);
    }

    private static List<Group> groups(String line, String[] cells) {
        if (cells.length != 2) {
            throw new IllegalArgumentException("Key layout line '" + line + "' has "
                    + cells.length + " columns, expected 2");
        }
        List<Group> list = new ArrayList<>();
        for (String group : cells[1].trim().split("\\s+")) {
            String[] parts = group.split(":");
            if (parts.length != 2 || !parts[1].matches("[1-9][0-9]{0,2}")) {
                throw new IllegalArgumentException("Key layout line '" + line + "': '"
                        + group + "' is not <prefix>:<count>");
            }
            list.add(new Group(parts[0], Integer.parseInt(parts[1])));
        }
        return List.copyOf(list);
    }

    /**
     * @param model a model id
     * @return its key groups in order, empty if the model has none listed
     */
    List<Group> groups(String model) {
        return groups.getOrDefault(key(model), List.of());
    }

    /**
     * @param position a key position, from 1
     * @param model the model
     * @return where it lands, or empty beyond the phone's keys and its modules
     */
    Optional<Slot> slot(int position, ModelInfo model) {
        int rest = position;
        for (Group group : groups(model.id())) {
            if (rest <= group.keys()) {
                return Optional.of(new Slot(group.prefix() + rest, group.prefix()));
            }
            rest -= group.keys();
        }
        int spill = rest - 1;
        int perModule = model.keysPerModule();
        if (perModule <= 0 || spill >= model.expansionModules() * perModule) {
            return Optional.empty();
        }
        return Optional.of(new Slot(MODULE + (spill / perModule + 1) + " key"
                + (spill % perModule + 1), MODULE));
    }

    private static String key(String model) {
        return model.trim().toLowerCase(Locale.ROOT);
    }
}
