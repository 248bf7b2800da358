package org.openprov.api.settings;

import java.util.Arrays;
import java.util.Locale;

/** Whether and how a template applies. */
public enum TemplateState {
    /** Applies to no device; kept for later. */
    DISABLED("disabled"),
    /** Applies to the devices it is assigned to. */
    ASSIGNABLE("assignable"),
    /** Applies to every compatible device in its scope, including devices added later. */
    AUTO_APPLY("auto-apply");

    private final String id;

    TemplateState(String id) {
        this.id = id;
    }

    /** @return the name the console uses, e.g. {@code auto-apply} */
    public String id() {
        return id;
    }

    /**
     * @param text a state name in any case, with - or _
     * @return the state
     * @throws IllegalArgumentException listing the states
     */
    public static TemplateState parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)
                || "auto".equals(wanted) && s == AUTO_APPLY).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown template state '"
                        + text + "'; use disabled, assignable or auto-apply"));
    }
}
