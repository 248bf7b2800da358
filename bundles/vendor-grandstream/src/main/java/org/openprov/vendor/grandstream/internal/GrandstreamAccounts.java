package org.openprov.vendor.grandstream.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device's SIP lines as accounts ({@link AccountParameters}), with the settings of
 * the vocabulary that belong to an account:
 * <ul>
 * <li>the SIP server always as {@code host:port} (the templates write
 * {@code server_address:sip_port}), and the transport always (0 UDP, 1 TCP, 2 TLS);</li>
 * <li>{@code sip.outbound_proxy} as Outbound Proxy, with its port if it has one;</li>
 * <li>{@code sip.registration_expiry} as Register Expiration, which is in minutes (1 to
 * 64800): seconds are rounded up to whole minutes, logged when that changes the value;</li>
 * <li>{@code voicemail.number} as Voice Mail Access Number;</li>
 * <li>{@code codecs} as the Preferred Vocoder choices ({@link GrandstreamCodecs}).</li>
 * </ul>
 * Each account also gets Account Active 1, Account Name (the line's label) and Name (the
 * display name). The accounts of a known model that the device has no line for are written
 * inactive, so a line removed in OpenProv stops registering. A line beyond the model's accounts,
 * or beyond account 6, whose parameters no template at hand gives, is left out with a warning.
 */
final class GrandstreamAccounts {

    /** The family whose phones have an 8th vocoder choice. */
    static final String EIGHT_VOCODERS = "GXP21xx";

    private static final Logger LOG = LoggerFactory.getLogger(GrandstreamAccounts.class);
    private static final int SECONDS_PER_MINUTE = 60;

    private final DeviceConfig config;
    private final Mac mac;
    private final Optional<ModelInfo> model;
    private final PValueFile file;
    private final Optional<Integer> expiry;
    private final List<Integer> vocoders;

    /**
     * @param config the device's resolved configuration
     * @param model its row in the model table, if known
     * @param file where to write
     */
    GrandstreamAccounts(DeviceConfig config, Optional<ModelInfo> model, PValueFile file) {
        this.config = config;
        this.mac = config.device().mac();
        this.model = model;
        this.file = file;
        this.expiry = config.value(Setting.SIP_REGISTRATION_EXPIRY).map(this::minutes);
        int choices = model.filter(m -> EIGHT_VOCODERS.equals(m.family())).isPresent() ? 8 : 7;
        this.vocoders = config.value(Setting.CODECS)
                .map(codecs -> GrandstreamCodecs.choices(codecs, choices, mac))
                .orElse(List.of());
    }

    /** @return the numbers of the lines written, for the keys bound to them */
    Set<Integer> write() {
        Set<Integer> written = new TreeSet<>();
        int limit = Math.min(AccountParameters.MAX_ACCOUNT,
                model.map(ModelInfo::lines).orElse(AccountParameters.MAX_ACCOUNT));
        for (SipLine line : config.lines()) {
            if (line.number() > limit) {
                LOG.warn("Device {}: line {} is left out: {}", mac, line.number(), beyond(limit));
            } else {
                write(line, AccountParameters.of(line.number()).orElseThrow());
                written.add(line.number());
            }
        }
        if (model.isPresent()) {
            deactivateOthers(limit, written);
        }
        return written;
    }

    private void write(SipLine line, AccountParameters p) {
        file.comment("account " + line.number())
                .set(p.active(), 1).set(p.name(), line.label())
                .set(p.server(), line.server() + ":" + line.port())
                .set(p.transport(), transport(line.transport()))
                .set(p.user(), line.userName()).set(p.authId(), line.authUser())
                .set(p.password(), line.password()).set(p.displayName(), line.displayName());
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(v -> file.set(p.outboundProxy(), v));
        expiry.ifPresent(minutes -> file.set(p.expiry(), minutes));
        config.value(Setting.VOICEMAIL_NUMBER).ifPresent(v -> file.set(p.voicemail(), v));
        for (int i = 0; i < vocoders.size(); i++) {
            file.set(p.vocoders().get(i), vocoders.get(i));
        }
    }

    private void deactivateOthers(int limit, Set<Integer> written) {
        for (int account = 1; account <= limit; account++) {
            if (!written.contains(account)) {
                file.comment("account " + account + ": no line in OpenProv")
                        .set(AccountParameters.of(account).orElseThrow().active(), 0);
            }
        }
    }

    private String beyond(int limit) {
        if (model.isPresent() && model.get().lines() <= AccountParameters.MAX_ACCOUNT) {
            return "a " + model.get().displayName() + " has " + model.get().lines()
                    + " account(s)";
        }
        return "OpenProv knows the parameters of accounts 1 to " + limit + " only";
    }

    /** Register Expiration is in minutes; seconds are rounded up. */
    private int minutes(String seconds) {
        int value = Integer.parseInt(seconds);
        int minutes = (value + SECONDS_PER_MINUTE - 1) / SECONDS_PER_MINUTE;
        if (minutes * SECONDS_PER_MINUTE != value) {
            LOG.info("Device {}: sip.registration_expiry {} s is written as {} minute(s);"
                    + " Grandstream phones take whole minutes", mac, value, minutes);
        }
        return minutes;
    }

    /**
     * @param transport a line's transport
     * @return SIP Transport: 0 UDP, 1 TCP, 2 TLS/TCP
     */
    static int transport(Transport transport) {
        return switch (transport) {
            case UDP -> 0;
            case TCP -> 1;
            case TLS -> 2;
        };
    }
}
