package org.openprov.templates.internal;

import java.util.SortedMap;
import org.openprov.api.settings.Template;
import org.openprov.api.settings.TemplateState;
import org.openprov.api.settings.TemplateValue;

/**
 * A template as stored: with its id, which orders templates by creation.
 *
 * @param id the identity the database gave it
 * @param template the template
 */
record StoredTemplate(long id, Template template) {

    /** @return the template's name */
    String name() {
        return template.name();
    }

    /**
     * @param values its values
     * @return the same template with those values
     */
    StoredTemplate with(SortedMap<String, TemplateValue> values) {
        Template t = template;
        return new StoredTemplate(id, new Template(t.name(), t.level(), t.providerName(),
                t.customerName(), t.state(), t.vendors(), t.models(), values));
    }

    /**
     * @param state a state
     * @return the same template in that state
     */
    StoredTemplate with(TemplateState state) {
        Template t = template;
        return new StoredTemplate(id, new Template(t.name(), t.level(), t.providerName(),
                t.customerName(), state, t.vendors(), t.models(), t.values()));
    }
}
