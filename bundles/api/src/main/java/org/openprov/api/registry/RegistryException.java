package org.openprov.api.registry;

/**
 * A request the registry refused because of what was asked (an unknown name, a duplicate MAC),
 * not because of a failure. The message says what is wrong and what to do, and may be shown to
 * an administrator as it is.
 */
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do */
    public RegistryException(String message) {
        super(message);
    }
}
