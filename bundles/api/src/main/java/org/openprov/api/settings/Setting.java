package org.openprov.api.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The vocabulary of vendor-neutral settings. Each has the name administrators type, a type
 * whose rule every value must pass, and whether it is secret. Generators read the resolved
 * values from {@link DeviceConfig#value(Setting)}; the values they see are canonical (e.g.
 * {@code on}, {@code udp}, {@code PCMU,G722}).
 *
 * <p>Two families of names are not constants here: line keys ({@code key.<n>}, see {@link
 * LineKey}) and raw vendor settings ({@code raw.<vendor>.<name>}); {@link SettingKeys} checks
 * all three.
 */
public enum Setting {
    /** Default registrar for lines that name none. */
    SIP_SERVER("sip.server", SettingType.HOST, "SIP server for lines that give none"),
    /** Default registrar port, 5060 when unset. */
    SIP_PORT("sip.port", SettingType.PORT, "SIP server port for lines that give none"),
    /** Default transport, UDP when unset. */
    SIP_TRANSPORT("sip.transport", SettingType.TRANSPORT, "SIP transport for lines that give"
            + " none"),
    /** Outbound proxy every line sends through, optionally with a port. */
    SIP_OUTBOUND_PROXY("sip.outbound_proxy", SettingType.HOST_AND_PORT, "outbound proxy of"
            + " every line"),
    /** Registration expiry in seconds. */
    SIP_REGISTRATION_EXPIRY("sip.registration_expiry", SettingType.EXPIRY_SECONDS,
            "registration expiry, seconds"),
    /** Audio codecs in order of preference. */
    CODECS("codecs", SettingType.CODECS, "audio codecs in order of preference"),
    /** NTP server. */
    NTP_SERVER("ntp.server", SettingType.HOST_V4, "NTP server"),
    /** IANA time zone. */
    TIME_ZONE("time.zone", SettingType.ZONE, "time zone"),
    /** Order of day, month and year on the display. */
    DATE_FORMAT("date.format", SettingType.DATE_FORMAT, "date format on the display"),
    /** 12 or 24 hour clock. */
    TIME_FORMAT("time.format", SettingType.TIME_FORMAT, "clock on the display"),
    /** Language of the phone's menus. */
    LANGUAGE("language", SettingType.LANGUAGE, "language of the phone's menus"),
    /** Password of the phone's administrator (web and menu). */
    ADMIN_PASSWORD("admin.password", SettingType.PASSWORD, "administrator password"),
    /** Password of the phone's user level (web and menu). */
    USER_PASSWORD("user.password", SettingType.PASSWORD, "user password"),
    /** Voice VLAN id; unset means no VLAN tag. */
    VLAN_ID("vlan.id", SettingType.VLAN_ID, "voice VLAN id"),
    /** 802.1p priority of the voice VLAN. */
    VLAN_PRIORITY("vlan.priority", SettingType.VLAN_PRIORITY, "voice VLAN priority"),
    /** LLDP-MED on the network port. */
    LLDP("lldp", SettingType.SWITCH, "LLDP-MED"),
    /** Syslog server, optionally with a port. */
    SYSLOG_SERVER("syslog.server", SettingType.HOST_AND_PORT, "syslog server"),
    /** Number dialled by the voicemail key. */
    VOICEMAIL_NUMBER("voicemail.number", SettingType.DIAL_STRING, "voicemail number"),
    /** Digit map deciding when dialling is complete. */
    DIAL_PLAN("dial.plan", SettingType.DIGIT_MAP, "dial plan (digit map)"),
    /** Where the phone finds its firmware. */
    FIRMWARE_URL("firmware.url", SettingType.URL, "firmware URL"),
    /** Remote phonebook the phone reads. */
    PHONEBOOK_URL("phonebook.url", SettingType.URL, "remote phonebook URL"),
    /** Call waiting. */
    CALL_WAITING("call.waiting", SettingType.SWITCH, "call waiting");

    private final String key;
    private final SettingType type;
    private final String meaning;

    Setting(String key, SettingType type, String meaning) {
        this.key = key;
        this.type = type;
        this.meaning = meaning;
    }

    /** @return the name administrators type, e.g. {@code ntp.server} */
    public String key() {
        return key;
    }

    /** @return the type, whose rule every value passes */
    public SettingType type() {
        return type;
    }

    /** @return what the setting does, for help texts, e.g. {@code NTP server} */
    public String meaning() {
        return meaning;
    }

    /** @return whether the value must be masked wherever it is shown or logged */
    public boolean secret() {
        return type == SettingType.PASSWORD;
    }

    /**
     * Checks a value against this setting's rule.
     *
     * @param value the value as typed
     * @return the canonical value to store
     * @throws IllegalArgumentException naming the setting, the value (unless secret) and the rule
     */
    public String validate(String value) {
        return type.validate(key, value);
    }

    /**
     * Finds a setting by the name administrators type.
     *
     * @param key e.g. {@code time.zone}, in any case
     * @return the setting, if known
     */
    public static Optional<Setting> byKey(String key) {
        String wanted = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.key.equals(wanted)).findFirst();
    }
}
