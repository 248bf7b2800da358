package org.openprov.api.settings;

/**
 * A setting's value for one device after templates and the device's own values are weighed.
 *
 * @param name the setting's canonical name
 * @param value the canonical value; a secret is included, so never log it
 * @param level where the winning value was set
 * @param template the template that set it; empty when set on the device
 * @param locked whether a template locked it, so lower levels cannot override it
 */
public record ResolvedValue(String name, String value, Level level, String template,
        boolean locked) {

    /** Fills an absent template name. */
    public ResolvedValue {
        template = template == null ? "" : template;
    }

    /**
     * @param name a canonical setting name
     * @param value its value
     * @return a value set on the device itself
     */
    public static ResolvedValue onDevice(String name, String value) {
        return new ResolvedValue(name, value, Level.DEVICE, "", false);
    }

    /** @return where it came from: {@code template base (provider, locked)}, {@code device} */
    public String source() {
        if (level == Level.DEVICE) {
            return "device";
        }
        return "template " + template + " (" + level.id() + (locked ? ", locked" : "") + ")";
    }

    /** @return the value as shown to people: masked if secret */
    public String shown() {
        return SettingKeys.shown(name, value);
    }

    /** Describes the value without a secret. */
    @Override
    public String toString() {
        return name + "=" + shown() + " from " + source();
    }
}
