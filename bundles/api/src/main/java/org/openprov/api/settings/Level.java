package org.openprov.api.settings;

import java.util.Locale;

/** Where a value is set, from the widest scope to the narrowest. */
public enum Level {
    /** A template of the whole platform. */
    PLATFORM,
    /** A template of one provider. */
    PROVIDER,
    /** A template of one customer. */
    CUSTOMER,
    /** The device itself. */
    DEVICE;

    /** @return the level as the console writes it, e.g. {@code provider} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
