package org.openprov.vendor.audiocodes.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.openprov.api.generator.ZoneFacts;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the device-wide settings of the vocabulary, and says for every {@link Setting} where
 * it goes: {@link #WRITTEN} names the AudioCodes parameter, {@link #OMITTED} why there is none.
 * A setting that is set but omitted gets one log line naming it, never its value.
 *
 * <p>Sources: the 400HD Series Administrator's Manual for {@code system/ntp/gmt_offset}, the
 * daylight-saving parameters and {@code voip/signalling/sip/proxy_timeout} (the registration
 * expiry, 0 to 86400 seconds); configurations deployed on these phones for the others, each
 * named in {@link #WRITTEN}.
 */
final class AudioCodesSettings {

    /**
     * The settings written, each with the (first) parameter that carries it. The SIP server,
     * port and transport are written by {@link AudioCodesLines}, from the lines they complete.
     */
    static final Map<Setting, String> WRITTEN = written();
    /** The settings never written, each with the reason logged when it is set. */
    static final Map<Setting, String> OMITTED = omitted();
    /** The outbound proxy port written when the setting gives none. */
    static final String DEFAULT_PROXY_PORT = "5060";

    private static final Logger LOG = LoggerFactory.getLogger(AudioCodesSettings.class);
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("en", "English"), Map.entry("de", "German"), Map.entry("fr", "French"),
            Map.entry("es", "Spanish"), Map.entry("it", "Italian"),
            Map.entry("pt", "Portuguese"), Map.entry("pl", "Polish"),
            Map.entry("ru", "Russian"), Map.entry("fi", "Finnish"), Map.entry("cs", "Czech"),
            Map.entry("zh", "Chinese"), Map.entry("ja", "Japanese"),
            Map.entry("ko", "Korean"));
    private static final String VLAN = "network/lan/vlan/";

    private final DeviceConfig config;
    private final Mac mac;
    private final Instant now;
    private final AudioCodesCfgWriter cfg;

    /**
     * @param config the device's resolved configuration
     * @param now the instant whose time-zone rules apply
     * @param cfg where to write
     */
    AudioCodesSettings(DeviceConfig config, Instant now, AudioCodesCfgWriter cfg) {
        this.config = config;
        this.mac = config.device().mac();
        this.now = now;
        this.cfg = cfg;
    }

    private static Map<Setting, String> written() {
        Map<Setting, String> written = new EnumMap<>(Setting.class);
        written.put(Setting.SIP_SERVER, "voip/signalling/sip/proxy_address");
        written.put(Setting.SIP_PORT, "voip/signalling/sip/proxy_port");
        written.put(Setting.SIP_TRANSPORT, "voip/signalling/sip/transport_protocol");
        written.put(Setting.SIP_OUTBOUND_PROXY, "voip/signalling/sip/sip_outbound_proxy/addr");
        written.put(Setting.SIP_REGISTRATION_EXPIRY, "voip/signalling/sip/proxy_timeout");
        written.put(Setting.NTP_SERVER, "system/ntp/primary_server_address");
        written.put(Setting.TIME_ZONE, "system/ntp/gmt_offset");
        written.put(Setting.DATE_FORMAT, "system/ntp/date_display_format");
        written.put(Setting.TIME_FORMAT, "system/ntp/time_display_format");
        written.put(Setting.LANGUAGE, "personal_settings/language");
        written.put(Setting.VLAN_ID, VLAN + "id");
        written.put(Setting.VLAN_PRIORITY, VLAN + "priority");
        written.put(Setting.LLDP, VLAN + "mode");
        written.put(Setting.VOICEMAIL_NUMBER,
                "voip/services/msg_waiting_ind/voice_mail_number");
        written.put(Setting.FIRMWARE_URL, "provisioning/firmware/url");
        return Collections.unmodifiableMap(written);
    }

    private static Map<Setting, String> omitted() {
        String unknown = "no AudioCodes parameter for it is confirmed in the documents at hand;"
                + " set it with raw.audiocodes.<name>";
        Map<Setting, String> omitted = new EnumMap<>(Setting.class);
        omitted.put(Setting.CODECS, "the documents at hand do not say how the entries of"
                + " voip/codec/codec_info are enabled and ordered; set them with"
                + " raw.audiocodes.<name>");
        omitted.put(Setting.ADMIN_PASSWORD, "AudioCodes phones take web passwords only in"
                + " their own encrypted form; the phone keeps its current password");
        omitted.put(Setting.USER_PASSWORD, omitted.get(Setting.ADMIN_PASSWORD));
        omitted.put(Setting.SYSLOG_SERVER, unknown);
        omitted.put(Setting.DIAL_PLAN, unknown);
        omitted.put(Setting.PHONEBOOK_URL, unknown);
        omitted.put(Setting.CALL_WAITING, unknown);
        return Collections.unmodifiableMap(omitted);
    }

    /** Writes every device-wide setting that is set, and logs those it cannot write. */
    void write() {
        writeProxySettings();
        writeTime();
        value(Setting.LANGUAGE).ifPresent(this::writeLanguage);
        writeVlan();
        value(Setting.VOICEMAIL_NUMBER).ifPresent(number -> cfg.set(
                WRITTEN.get(Setting.VOICEMAIL_NUMBER), number));
        value(Setting.FIRMWARE_URL).ifPresent(url -> cfg.set(
                WRITTEN.get(Setting.FIRMWARE_URL), url));
        OMITTED.forEach((setting, why) -> value(setting)
                .ifPresent(set -> omitted(setting, why)));
    }

    /**
     * {@code sip_outbound_proxy/enabled}, {@code addr} and {@code port}; the port is always
     * written, {@value #DEFAULT_PROXY_PORT} when the setting gives none. The registration
     * expiry goes to {@code proxy_timeout}.
     */
    private void writeProxySettings() {
        value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> {
            String[] hostAndPort = Hosts.hostAndPort(proxy)
                    .orElse(new String[] {proxy, DEFAULT_PROXY_PORT});
            String p = "voip/signalling/sip/sip_outbound_proxy/";
            cfg.set(p + "enabled", 1).set(p + "addr", hostAndPort[0])
                    .set(p + "port", hostAndPort[1]);
        });
        value(Setting.SIP_REGISTRATION_EXPIRY).ifPresent(seconds -> cfg.set(
                WRITTEN.get(Setting.SIP_REGISTRATION_EXPIRY), seconds));
    }

    private void writeTime() {
        value(Setting.NTP_SERVER).ifPresent(server -> cfg.set("system/ntp/enabled", 1)
                .set(WRITTEN.get(Setting.NTP_SERVER), server));
        value(Setting.TIME_ZONE).ifPresent(zone -> AudioCodesTimeZone.write(
                ZoneFacts.of(ZoneId.of(zone), now), cfg));
        value(Setting.DATE_FORMAT).ifPresent(this::writeDateFormat);
        value(Setting.TIME_FORMAT).ifPresent(format -> cfg.set(
                WRITTEN.get(Setting.TIME_FORMAT), "12h".equals(format) ? "12HOUR" : "24HOUR"));
    }

    /** {@code EUROPEAN} is day first, {@code AMERICAN} month first; there is no year first. */
    private void writeDateFormat(String format) {
        switch (format) {
            case "dmy" -> cfg.set(WRITTEN.get(Setting.DATE_FORMAT), "EUROPEAN");
            case "mdy" -> cfg.set(WRITTEN.get(Setting.DATE_FORMAT), "AMERICAN");
            default -> omitted(Setting.DATE_FORMAT, "AudioCodes phones show the date day"
                    + " first (EUROPEAN) or month first (AMERICAN) only");
        }
    }

    private void writeLanguage(String code) {
        String language = LANGUAGES.get(code);
        if (language == null) {
            omitted(Setting.LANGUAGE, "AudioCodes phones have no menu language for " + code);
        } else {
            cfg.set(WRITTEN.get(Setting.LANGUAGE), language);
        }
    }

    /**
     * A VLAN id gives {@code mode=MANUAL} with {@code id} and {@code priority}; without one,
     * {@code lldp} chooses {@code mode=LLDP} (the VLAN learnt by LLDP-MED) or {@code DISABLE}.
     */
    private void writeVlan() {
        Optional<String> id = value(Setting.VLAN_ID);
        Optional<String> lldp = value(Setting.LLDP);
        if (id.isPresent()) {
            cfg.set(VLAN + "mode", "MANUAL").set(VLAN + "id", id.get());
            value(Setting.VLAN_PRIORITY).ifPresent(p -> cfg.set(VLAN + "priority", p));
            lldp.ifPresent(on -> omitted(Setting.LLDP, "vlan.id sets the VLAN by hand"));
            return;
        }
        value(Setting.VLAN_PRIORITY).ifPresent(p -> omitted(Setting.VLAN_PRIORITY,
                "it applies to a VLAN set by hand and vlan.id is not set"));
        lldp.ifPresent(on -> cfg.set(VLAN + "mode", "on".equals(on) ? "LLDP" : "DISABLE"));
    }

    private Optional<String> value(Setting setting) {
        return config.value(setting);
    }

    private void omitted(Setting setting, String why) {
        LOG.info("Device {}: {} is not written: {}", mac, setting.key(), why);
    }
}
