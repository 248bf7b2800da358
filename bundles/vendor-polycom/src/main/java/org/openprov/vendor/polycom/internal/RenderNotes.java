package org.openprov.vendor.polycom.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a rendering tells the operator what it changed or left out: a setting Poly cannot
 * express, a label shortened, a key that does not fit. Every message names the device and the
 * setting or key; none carries a secret value. Tests pass their own notes to read them back.
 */
interface RenderNotes {

    /** @param message a change worth knowing of, e.g. a label shortened or a setting omitted */
    void info(String message);

    /** @param message something that was asked for and is left out of the file */
    void warn(String message);

    /** @return notes written to this bundle's log */
    static RenderNotes log() {
        return Slf4jNotes.INSTANCE;
    }

    /** Writes notes to the log of the device file. */
    final class Slf4jNotes implements RenderNotes {

        private static final Slf4jNotes INSTANCE = new Slf4jNotes();
        private static final Logger LOG = LoggerFactory.getLogger(PolycomDeviceFile.class);

        private Slf4jNotes() {
        }

        @Override
        public void info(String message) {
            LOG.info("{}", message);
        }

        @Override
        public void warn(String message) {
            LOG.warn("{}", message);
        }
    }
}
