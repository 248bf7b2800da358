package org.openprov.vendor.grandstream.internal;

import java.util.Optional;
import org.openprov.api.generator.ModelInfo;

/**
 * Writes the common files {@code cfg<model>.xml} and {@code cfg.xml}. A phone asks for them
 * only when its own {@code cfg<mac>.xml} fails, that is when it is not registered, so they are
 * served without any device: they hold no secret, no {@code <mac>} header (the HT801 manual
 * allows the header to be "removed completely") and no parameter. Everything OpenProv manages
 * is set per device; a phone that is not registered should keep its own settings rather than
 * take shared ones from a server that does not know it.
 */
final class GrandstreamCommonFile {

    private GrandstreamCommonFile() {
    }

    /**
     * @param model the model of a {@code cfg<model>.xml}, empty for {@code cfg.xml}
     * @return the file
     */
    static String render(Optional<ModelInfo> model) {
        String phones = model.map(m -> "Grandstream " + m.displayName() + " phones")
                .orElse("every Grandstream phone");
        return new PValueFile()
                .comment("no parameter: each registered phone reads its own file, named after"
                        + " its MAC")
                .render("OpenProv common file for " + phones, Optional.empty());
    }
}
