package org.openprov.api.serving;

/**
 * Whether a device's own file may be served now, and why not.
 *
 * @param serve true to serve
 * @param reason why it is refused, for the endpoint's log line; empty when served
 */
public record ServingDecision(boolean serve, String reason) {

    /** Serve the device. */
    public static final ServingDecision SERVE = new ServingDecision(true, "");

    /**
     * @param reason why, for the log
     * @return a refusal
     */
    public static ServingDecision refuse(String reason) {
        return new ServingDecision(false, reason);
    }
}
