package org.openprov.templates.internal;

import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.settings.Template;

/** How templates are written in messages and on the console. */
public final class Texts {

    private Texts() {
    }

    /**
     * @param template a template
     * @return its filter in words, e.g. {@code vendor yealink; models T46U, T54W}, or
     *         {@code all phones}
     */
    public static String filter(Template template) {
        if (template.vendors().isEmpty() && template.models().isEmpty()) {
            return "all phones";
        }
        StringBuilder text = new StringBuilder();
        if (!template.vendors().isEmpty()) {
            text.append(listed("vendor", template.vendors()));
        }
        if (!template.models().isEmpty()) {
            text.append(text.length() == 0 ? "" : "; ").append(listed("model",
                    template.models()));
        }
        return text.toString();
    }

    private static String listed(String noun, Set<String> entries) {
        return noun + (entries.size() == 1 ? " " : "s ") + String.join(", ",
                new TreeSet<>(entries));
    }
}
