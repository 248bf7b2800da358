package org.openprov.registry.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's clock in UTC: the system clock plus a configured offset. Zero in production;
 * a moved clock is logged at WARN on every change so it is never forgotten.
 */
@Component(service = {Clock.class, AdjustableClock.class},
        configurationPid = AdjustableClock.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = "service.ranking:Integer=100")
@Designate(ocd = ClockConfig.class)
public final class AdjustableClock extends Clock {

    /** The configuration pid holding the offset. */
    public static final String PID = "org.openprov.clock";

    private static final Logger LOG = LoggerFactory.getLogger(AdjustableClock.class);

    private volatile Duration offset = Duration.ZERO;

    @Activate
    @Modified
    void configure(ClockConfig config) {
        Duration next = parse(config.offset());
        if (!next.isZero()) {
            LOG.warn("The platform clock is moved {} from the system clock; clock:shift"
                    + " --reset puts it back", next);
        } else if (!offset.isZero()) {
            LOG.info("The platform clock follows the system clock again");
        }
        offset = next;
    }

    private static Duration parse(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            LOG.warn("Ignoring clock offset '{}': not an ISO-8601 duration", text);
            return Duration.ZERO;
        }
    }

    /** @return how far this clock is from the system clock */
    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
