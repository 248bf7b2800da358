package org.openprov.vendor.grandstream.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openprov.api.generator.ModelInfo;

/**
 * Where one model's programmable keys are, read from {@code grandstream-key-layouts.tsv}. A
 * key position (LineKey numbering, from 1) is counted over the phone's keys in this order,
 * then over its expansion modules:
 * <ul>
 * <li>{@code linekeys} (GXP16xx, GXP2000): the line keys, then the MPKs;</li>
 * <li>{@code vpk} (GXP21xx): the fixed VPKs (the keys that can show a line), the dynamic VPKs,
 * the MPKs of the GXP2130 and GXP2160, then the keys of the GXP2200EXT modules, 40 per
 * module.</li>
 * </ul>
 *
 * @param scheme {@code linekeys} or {@code vpk}
 * @param line line keys or fixed VPKs
 * @param vpk dynamic VPKs
 * @param mpk multi-purpose keys
 */
record KeyLayout(String scheme, int line, int vpk, int mpk) {

    /** GXP16xx and GXP2000: line keys, then MPKs. */
    static final String LINE_KEYS = "linekeys";
    /** GXP21xx: VPKs, then MPKs, then expansion module keys. */
    static final String VPK = "vpk";
    /** The most VPKs any template numbers (GXP2170). */
    static final int MAX_VPK = 48;
    /** The most MPKs any template numbers (GXP2160). */
    static final int MAX_MPK = 24;
    /** The most expansion module keys the template numbers ("EXT 160"). */
    static final int MAX_EXPANSION = 160;

    /** Checks the row. */
    KeyLayout {
        if (!LINE_KEYS.equals(scheme) && !VPK.equals(scheme)) {
            throw new IllegalArgumentException("Unknown key scheme " + scheme);
        }
        if (line + vpk > MAX_VPK || mpk > MAX_MPK || line < 0 || vpk < 0 || mpk < 0
                || LINE_KEYS.equals(scheme) && (vpk != 0 || line > 3)) {
            throw new IllegalArgumentException("Key layout " + line + "/" + vpk + "/" + mpk
                    + " does not fit scheme " + scheme);
        }
    }

    /** @return the keys on the phone itself */
    int phoneKeys() {
        return line + vpk + mpk;
    }

    /**
     * @param position a key position, from 1
     * @param model the phone, for its expansion modules
     * @return the key at that position, or empty beyond the phone and its modules
     */
    Optional<KeySlot> slot(int position, ModelInfo model) {
        if (position < 1) {
            return Optional.empty();
        }
        boolean vpks = VPK.equals(scheme);
        if (position <= line) {
            return Optional.of(KeySlot.vpk(position, vpks ? KeySlot.Kind.FIXED_VPK
                    : KeySlot.Kind.LINE_KEY));
        }
        if (position <= line + vpk) {
            return Optional.of(KeySlot.vpk(position, KeySlot.Kind.DYNAMIC_VPK));
        }
        if (position <= phoneKeys()) {
            return Optional.of(KeySlot.mpk(position - line - vpk, vpks ? KeySlot.Kind.MPK
                    : KeySlot.Kind.LEGACY_MPK));
        }
        int onModules = position - phoneKeys();
        int moduleKeys = Math.min(MAX_EXPANSION, model.expansionModules() * model.keysPerModule());
        return vpks && onModules <= moduleKeys ? Optional.of(KeySlot.expansion(onModules))
                : Optional.empty();
    }

    /**
     * @param in the layouts, UTF-8; closed when read
     * @return the layouts by model id in upper case
     */
    static Map<String, KeyLayout> read(InputStream in) {
        Map<String, KeyLayout> layouts = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .filter(l -> !l.startsWith("id\t")).map(l -> l.split("\t", -1))
                    .forEach(cells -> layouts.put(cells[0].trim().toUpperCase(Locale.ROOT),
                            new KeyLayout(cells[1].trim(), Integer.parseInt(cells[2].trim()),
                                    Integer.parseInt(cells[3].trim()),
                                    Integer.parseInt(cells[4].trim()))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Grandstream key layouts", e);
        }
        return Map.copyOf(layouts);
    }
}
