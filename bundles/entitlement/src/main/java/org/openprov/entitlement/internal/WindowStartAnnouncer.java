package org.openprov.entitlement.internal;

import java.time.Instant;
import java.util.Optional;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the registry's first-delivery event of a Provisioning Plus device into
 * {@link EntitlementService#TOPIC_WINDOW_STARTED} and a log line.
 *
 * <p>The window itself needs no writing: it is the device's first delivery, which the
 * registry records exactly once. A first delivery made while this bundle was stopped starts
 * the window all the same; only its announcement is missed.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + DeviceRegistry.TOPIC_FIRST_DELIVERY)
public class WindowStartAnnouncer implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStartAnnouncer.class);

    private final DeviceRegistry registry;
    private final EntitlementService entitlements;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin eventAdmin;

    /**
     * @param registry reads the device the event is about
     * @param entitlements gives the window's end
     */
    @Activate
    public WindowStartAnnouncer(@Reference(name = "registry") DeviceRegistry registry,
            @Reference(name = "entitlements") EntitlementService entitlements) {
        this.registry = registry;
        this.entitlements = entitlements;
    }

    @Override
    public void handleEvent(Event event) {
        Optional<Device> device = Mac.tryParse(String.valueOf(event.getProperty("mac")))
                .flatMap(registry::device)
                .filter(d -> d.provisioningPlus() && d.firstDeliveredAt().isPresent());
        if (device.isEmpty()) {
            LOG.debug("First delivery of a device not on Provisioning Plus: {}",
                    event.getProperty("mac"));
            return;
        }
        announce(device.get(), device.get().firstDeliveredAt().get());
    }

    private void announce(Device device, Instant start) {
        // The device's standing, not window(): the length is the one in force at the start,
        // which a configuration change made since the delivery does not alter.
        Instant end = entitlements.entitlement(device, start).windowEnd().orElseThrow();
        LOG.info("Provisioning Plus window of {} started, ends {}", device.mac().colons(),
                Texts.time(end));
        DeviceEvents.post(eventAdmin, DeviceEvents.of(EntitlementService.TOPIC_WINDOW_STARTED,
                device, "start", start, "end", end));
    }
}
