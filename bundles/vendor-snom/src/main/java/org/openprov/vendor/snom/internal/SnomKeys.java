package org.openprov.vendor.snom.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.settings.KeyType;
import org.openprov.api.settings.LineKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a device's line keys as Snom function keys, {@code <fkey idx="N" context="L"
 * label="..." perm="R">type argument</fkey>} (Snom D7 user manual, "XML provisioning of
 * settings"). Position p becomes {@code idx} p - 1: the phone's own keys first, then the keys
 * of its expansion modules, which continue the numbering module by module (D7 and D7C
 * manuals). {@code context} is always the key's line, never {@code active}, so a key for line 2
 * acts for identity 2 whichever identity is in use.
 *
 * <p>Types (Snom wiki, "Function Key Types"): line {@code line}; BLF {@code blf sip:<target>@<the
 * line's registrar>}; speed dial {@code speed <target>}; call park {@code orbit <target>};
 * intercom {@code icom <target>}; transfer {@code transfer <target>}; call forward
 * {@code redirect <target>}, or the key event {@code F_REDIRECT} without a target; DND and
 * conference the key events {@code F_DND} and {@code F_CONFERENCE}; voicemail
 * {@code speed <target or voicemail.number>}; URL {@code url <target>} (the phone shows the
 * XML page the URL returns); empty {@code none}. Snom has no key that picks up a given
 * extension or a group without the PBX's own code, so pickup and group pickup are not offered.
 *
 * <p>A key that cannot be written is left out with a warning naming the device and the key: one
 * beyond the model's keys and modules, one of a type Snom cannot do, a park, transfer or
 * voicemail key without a number to use, one bound to a line the model or the device does not
 * have, and every key of a model not in the table. A label is fitted by {@link SnomLabels} and
 * each change logged. Positions the layout does not name are not written, so the phone keeps
 * what it has there.
 */
final class SnomKeys {

    /** The key types written. */
    static final Set<KeyType> TYPES = EnumSet.of(KeyType.LINE, KeyType.BLF,
            KeyType.SPEED_DIAL, KeyType.CALL_PARK, KeyType.DND, KeyType.VOICEMAIL,
            KeyType.INTERCOM, KeyType.TRANSFER, KeyType.CALL_FORWARD, KeyType.CONFERENCE,
            KeyType.URL, KeyType.EMPTY);
    /**
     * The longest label written unchanged. Known shortcoming: no Snom document at hand gives a
     * limit; Snom's SmartLabel displays size text by pixels. 12 is an estimate of what a D7xx key
     * label shows before the phone cuts it; change it here once a measured figure is known.
     */
    static final int LABEL_LENGTH = 12;

    private static final Logger LOG = LoggerFactory.getLogger(SnomKeys.class);

    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final Map<Integer, SipLine> lines;
    private final Optional<String> voicemail;
    private final SnomXmlWriter xml;

    /**
     * @param mac the device, for the log
     * @param model its row in the model table, if known
     * @param lines the device's lines written to the file, by number
     * @param voicemail the resolved {@code voicemail.number}, for voicemail keys without one
     * @param xml where to write
     */
    SnomKeys(Mac mac, Optional<ModelInfo> model, Map<Integer, SipLine> lines,
            Optional<String> voicemail, SnomXmlWriter xml) {
        this.mac = mac;
        this.model = model;
        this.lines = Map.copyOf(lines);
        this.voicemail = voicemail;
        this.xml = xml;
    }

    /** @param keys the layout, by position */
    void write(List<LineKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (model.isEmpty()) {
            LOG.warn("Device {}: its model is not in the Snom model table, so where its keys go"
                    + " is unknown; {} key(s) left out", mac, keys.size());
            return;
        }
        keys.forEach(key -> write(key, model.get()));
    }

    private void write(LineKey key, ModelInfo phone) {
        int capacity = phone.lineKeys() + phone.expansionModules() * phone.keysPerModule();
        if (key.position() > capacity) {
            beyondCapacity(key, phone, capacity);
        } else if (!TYPES.contains(key.type())) {
            leftOut(key, "Snom phones have no " + key.type().id() + " key");
        } else if (key.type() != KeyType.EMPTY && key.line() > phone.lines()) {
            leftOut(key, "it is bound to line " + key.line() + " and a " + phone.displayName()
                    + " has " + phone.lines() + " line(s)");
        } else if (key.type() != KeyType.EMPTY && !lines.containsKey(key.line())) {
            leftOut(key, "it is bound to line " + key.line() + ", which is not set up on this"
                    + " device");
        } else {
            writeValue(key);
        }
    }

    private void writeValue(LineKey key) {
        Optional<String> value = value(key, lines.get(key.line()), voicemail);
        if (value.isEmpty()) {
            leftOut(key, "a Snom " + key.type().id() + " key needs a number and the key"
                    + " gives none");
            return;
        }
        xml.key(new SnomXmlWriter.FunctionKey(key.position() - 1, Integer.toString(key.line()),
                label(key), value.get()));
    }

    /**
     * @param key a key of a type in {@link #TYPES}
     * @param line the line it is bound to; may be null for an empty key
     * @param voicemail the resolved {@code voicemail.number}
     * @return the fkey's text, or empty when the key lacks the number Snom needs
     */
    static Optional<String> value(LineKey key, SipLine line, Optional<String> voicemail) {
        String target = key.target();
        Optional<String> given = target.isEmpty() ? Optional.empty() : Optional.of(target);
        return switch (key.type()) {
            case LINE -> Optional.of("line");
            case BLF -> Optional.of("blf " + sipUri(target, line));
            case SPEED_DIAL -> Optional.of("speed " + target);
            case CALL_PARK -> given.map(t -> "orbit " + t);
            case INTERCOM -> Optional.of("icom " + target);
            case TRANSFER -> given.map(t -> "transfer " + t);
            case CALL_FORWARD -> Optional.of(given.map(t -> "redirect " + t)
                    .orElse("keyevent F_REDIRECT"));
            case DND -> Optional.of("keyevent F_DND");
            case CONFERENCE -> Optional.of("keyevent F_CONFERENCE");
            case VOICEMAIL -> given.or(() -> voicemail).map(t -> "speed " + t);
            case URL -> Optional.of("url " + target);
            case EMPTY -> Optional.of("none");
            default -> Optional.empty();
        };
    }

    /** A target without a host is watched on the registrar of the key's line. */
    private static String sipUri(String target, SipLine line) {
        return target.indexOf('@') >= 0 ? "sip:" + target : "sip:" + target + "@" + line.server();
    }

    private void beyondCapacity(LineKey key, ModelInfo phone, int capacity) {
        if (key.type() == KeyType.EMPTY) {
            LOG.debug("Device {}: empty {} is beyond the {} keys of a {}; nothing to write",
                    mac, key.settingKey(), capacity, phone.displayName());
            return;
        }
        leftOut(key, "a " + phone.displayName() + " with its expansion modules has " + capacity
                + " keys");
    }

    private void leftOut(LineKey key, String why) {
        LOG.warn("Device {}: {} ({}) is left out: {}", mac, key.settingKey(), key.type().id(),
                why);
    }

    private String label(LineKey key) {
        String label = key.label();
        String fitted = SnomLabels.fit(label, LABEL_LENGTH);
        if (!fitted.equals(label)) {
            String what = SnomLabels.drawable(label) ? "shortened"
                    : "stripped of characters Snom phones cannot show";
            LOG.info("Device {}: the label of {} is {} to '{}' (Snom phones show {} characters)",
                    mac, key.settingKey(), what, fitted, LABEL_LENGTH);
        }
        return fitted;
    }
}
