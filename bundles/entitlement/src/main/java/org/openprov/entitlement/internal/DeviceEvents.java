package org.openprov.entitlement.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.openprov.api.registry.Device;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Builds and posts this bundle's events. Each carries {@code mac} (12 hex digits),
 * {@code provider} and {@code customer}; instants are epoch milliseconds (Long), as in the
 * registry's events.
 */
final class DeviceEvents {

    private DeviceEvents() {
    }

    /**
     * @param topic one of the {@code EntitlementService.TOPIC_*}
     * @param device the device it is about
     * @param instants further properties, name then instant, e.g. "start", t
     * @return the event
     */
    static Event of(String topic, Device device, Object... instants) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("mac", device.mac().hex());
        properties.put("provider", device.providerName());
        properties.put("customer", device.customerName());
        for (int i = 0; i + 1 < instants.length; i += 2) {
            properties.put((String) instants[i], ((Instant) instants[i + 1]).toEpochMilli());
        }
        return new Event(topic, properties);
    }

    /**
     * Posts asynchronously, or drops the event while no EventAdmin is there: events are
     * notices, every fact they tell of is in the database.
     *
     * @param admin the EventAdmin, or null
     * @param event what to post
     */
    static void post(EventAdmin admin, Event event) {
        if (admin != null) {
            admin.postEvent(event);
        }
    }
}
