package org.openprov.vendor.fanvil.internal;

/**
 * The modules and subsections of a Fanvil configuration file that this bundle writes, named as
 * the phone's own configuration export names them (X-series firmware 2.x exports, e.g. an X3U
 * export: {@code <SIP CONFIG MODULE>} with {@code --SIP Line List--},
 * {@code <PHONE FEATURE MODULE>} with {@code --DateTime Config--}, ...).
 */
final class FanvilModules {

    /** SIP lines: {@code SIPn ...} parameters under {@link #LINE_LIST}. */
    static final String SIP = "SIP CONFIG MODULE";
    /** Call features per port: {@code P1 ...} under {@link #PORT_CONFIG}. */
    static final String CALL_FEATURE = "CALL FEATURE MODULE";
    /** Display, language, date and time, phone books. */
    static final String PHONE_FEATURE = "PHONE FEATURE MODULE";
    /** Programmable keys. */
    static final String DSSKEY = "DSSKEY CONFIG MODULE";
    /** Web and menu accounts: {@code Accountn ...} under {@link #MMI_ACCOUNT}. */
    static final String MMI = "MMI CONFIG MODULE";
    /** Logging, including syslog. */
    static final String LOG = "LOG CONFIG MODULE";
    /** Provisioning behaviour: {@code Auto Server Digest}. */
    static final String MAINTENANCE = "MAINTENANCE CONFIG MODULE";
    /** The provisioning server and its credentials ({@code Flash Server IP}, ...). */
    static final String AUTOUPDATE = "AUTOUPDATE CONFIG MODULE";
    /** Firmware upgrade server. */
    static final String FIRMWARE = "FIRMWARE CHECK MODULE";
    /** VLAN, 802.1p priorities and LLDP. */
    static final String QOS = "QOS CONFIG MODULE";

    /** Subsection of {@link #SIP} holding the lines. */
    static final String LINE_LIST = "SIP Line List";
    /** Subsection of {@link #CALL_FEATURE} holding the port's features. */
    static final String PORT_CONFIG = "Port Config";
    /** Subsection of {@link #PHONE_FEATURE} holding the language. */
    static final String DISPLAY = "Display Input";
    /** Subsection of {@link #PHONE_FEATURE} holding NTP, time zone and daylight saving. */
    static final String DATE_TIME = "DateTime Config";
    /** Subsection of {@link #PHONE_FEATURE} holding the XML phone books. */
    static final String XML_PHONEBOOK = "Xml PhoneBook";
    /** Subsection of {@link #MMI} holding the accounts. */
    static final String MMI_ACCOUNT = "MMI Account";
    /** The module's own parameters, outside any subsection. */
    static final String NONE = "";

    private FanvilModules() {
    }
}
