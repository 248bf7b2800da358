package org.openprov.api.registry;

import java.time.Instant;

/**
 * One successful delivery (HTTP 200) of a device's own file, as the endpoint recorded it.
 *
 * @param mac the device served
 * @param fileName the file name the phone asked for
 * @param at when the response was sent
 * @param size the body size in bytes
 */
public record Delivery(Mac mac, String fileName, Instant at, long size) {
}
