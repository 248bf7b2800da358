package org.openprov.vendor.fanvil.internal;

import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.SipLine;
import org.openprov.api.registry.Transport;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.Hosts;
import org.openprov.api.settings.Setting;

/**
 * Writes each SIP line as {@code SIPn ...} parameters in the {@code --SIP Line List--}
 * subsection of the SIP module (names from the phone's export):
 *
 * <table>
 * <caption>Line parameters</caption>
 * <tr><th>parameter</th><th>from</th></tr>
 * <tr><td>Phone Number</td><td>the SIP user</td></tr>
 * <tr><td>Display Name</td><td>the display name</td></tr>
 * <tr><td>Register Addr, Register Port</td><td>the registrar, always with its port</td></tr>
 * <tr><td>Register User, Register Pswd</td><td>authentication user and password</td></tr>
 * <tr><td>Register TTL</td><td>{@code sip.registration_expiry}</td></tr>
 * <tr><td>Enable Reg</td><td>1</td></tr>
 * <tr><td>Proxy Addr, Proxy Port</td><td>{@code sip.outbound_proxy}; without a port in the
 * setting the phone keeps its proxy port</td></tr>
 * <tr><td>Transport</td><td>{@value #UDP} UDP, {@value #TCP} TCP, {@value #TLS} TLS, always
 * written</td></tr>
 * <tr><td>MWI Num</td><td>{@code voicemail.number}</td></tr>
 * <tr><td>VoiceCodecMap</td><td>{@code codecs}, see {@link FanvilCodecs}</td></tr>
 * </table>
 *
 * <p>TLS: Wazo's Fanvil plug-in writes 3 for TLS on current models; Fanvil parameter sheets
 * for the older X3S/X4 are reported to use 2 (unsure). The line's label has no parameter of
 * its own; it titles the line's line keys (see {@link FanvilKeys}).
 */
final class FanvilLines {

    /** {@code SIPn Transport} for UDP. */
    static final int UDP = 0;
    /** {@code SIPn Transport} for TCP. */
    static final int TCP = 1;
    /** {@code SIPn Transport} for TLS. */
    static final int TLS = 3;

    private final DeviceConfig config;
    private final FanvilCfgWriter cfg;
    private final DeviceLog log;

    /**
     * @param config the device's resolved configuration
     * @param cfg where to write
     * @param log where omissions are reported
     */
    FanvilLines(DeviceConfig config, FanvilCfgWriter cfg, DeviceLog log) {
        this.config = config;
        this.cfg = cfg;
        this.log = log;
    }

    /**
     * @param lines the lines to write, with server, port and transport completed
     * @param model the device's model, if the table has it
     */
    void write(List<SipLine> lines, Optional<ModelInfo> model) {
        Optional<String> codecs = config.value(Setting.CODECS)
                .flatMap(value -> FanvilCodecs.map(value, log));
        for (SipLine line : lines) {
            model.filter(m -> line.number() > m.lines()).ifPresent(m -> log.warn("line "
                    + line.number() + " is beyond the " + m.lines() + " lines of a Fanvil "
                    + m.displayName() + "; written anyway"));
            write(line, codecs);
        }
    }

    private void write(SipLine line, Optional<String> codecs) {
        String sip = "SIP" + line.number() + " ";
        set(sip + "Phone Number", line.userName());
        set(sip + "Display Name", line.displayName());
        set(sip + "Register Addr", line.server());
        set(sip + "Register Port", Integer.toString(line.port()));
        set(sip + "Register User", line.authUser());
        set(sip + "Register Pswd", line.password());
        config.value(Setting.SIP_REGISTRATION_EXPIRY).ifPresent(s -> set(sip + "Register TTL", s));
        set(sip + "Enable Reg", "1");
        config.value(Setting.SIP_OUTBOUND_PROXY).ifPresent(proxy -> writeProxy(sip, proxy));
        set(sip + "Transport", Integer.toString(transport(line.transport())));
        config.value(Setting.VOICEMAIL_NUMBER).ifPresent(number -> set(sip + "MWI Num", number));
        codecs.ifPresent(map -> set(sip + "VoiceCodecMap", map));
    }

    private void writeProxy(String sip, String proxy) {
        Optional<String[]> withPort = Hosts.hostAndPort(proxy);
        set(sip + "Proxy Addr", withPort.map(p -> p[0]).orElse(proxy));
        withPort.ifPresent(p -> set(sip + "Proxy Port", p[1]));
    }

    private void set(String name, String value) {
        cfg.set(FanvilModules.SIP, FanvilModules.LINE_LIST, name, value);
    }

    /**
     * @param transport a line's transport
     * @return Fanvil's {@code SIPn Transport} code
     */
    static int transport(Transport transport) {
        return switch (transport) {
            case UDP -> UDP;
            case TCP -> TCP;
            case TLS -> TLS;
        };
    }
}
