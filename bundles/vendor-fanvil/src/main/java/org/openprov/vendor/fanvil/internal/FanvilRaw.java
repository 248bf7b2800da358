package org.openprov.vendor.fanvil.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a device's raw Fanvil settings ({@code raw.fanvil.<name>}) after every generated
 * parameter.
 *
 * <p>Fanvil parameter names hold spaces and live in a module, some in a subsection, while a
 * raw name holds only letters, digits, {@code . _ -}. A raw name is therefore written the way
 * Fanvil's own XML configuration dialect spells the same parameters, a space as {@code _}
 * ({@code SIP__Port} is {@code SIP  Port}), with dots between module, optional subsection and
 * parameter:
 *
 * <pre>
 * raw.fanvil.PHONE_FEATURE_MODULE.Display_Input.LCD_Title  -&gt;  &lt;PHONE FEATURE MODULE&gt;
 *                                                            --Display Input--
 *                                                            LCD Title          :value
 * raw.fanvil.SIP_CONFIG_MODULE.SIP_Line_List.SIP1_Register_TTL
 * raw.fanvil.SIP_CONFIG_MODULE.SIP__Port                    (a module's own parameter)
 * </pre>
 *
 * A raw parameter that names a generated one replaces its value where it stands, so nothing is
 * written twice. Without a subsection it replaces the parameter wherever its module holds it;
 * if the module holds that name in several subsections ({@code Fkey1 Type}), the raw setting
 * is left out with a warning and must name its subsection. A raw name whose first part is not
 * a module ({@code ..._MODULE}), or that cannot be written (an empty part, a parameter
 * starting with {@code -} or {@code _}), is left out with a warning. Values are never
 * logged; a raw parameter may be a password.
 */
final class FanvilRaw {

    /**
     * Where a raw setting goes.
     *
     * @param module the module header, e.g. {@code SIP CONFIG MODULE}
     * @param section the subsection title, empty for the module's own parameters
     * @param name the parameter, e.g. {@code SIP1 Register TTL}
     */
    record Target(String module, String section, String name) {
    }

    private FanvilRaw() {
    }

    /**
     * @param raw the raw settings, name (without {@code raw.fanvil.}) to value, sorted
     * @param cfg where to write
     * @param log where refused names are reported
     */
    static void write(Map<String, String> raw, FanvilCfgWriter cfg, DeviceLog log) {
        raw.forEach((name, value) -> {
            Optional<Target> target = target(name);
            if (target.isEmpty()) {
                leftOut(log, name, "write raw." + FanvilGenerator.VENDOR_ID
                        + ".<MODULE>[.<Subsection>].<Parameter> with _ for each space, e.g."
                        + " SIP_CONFIG_MODULE.SIP_Line_List.SIP1_Register_TTL");
                return;
            }
            Target t = target.get();
            if (cfg.put(t.module(), t.section(), t.name(), value)
                    == FanvilCfgWriter.Placed.AMBIGUOUS) {
                leftOut(log, name, "its module holds " + t.name() + " in several subsections;"
                        + " name the subsection");
            }
        });
    }

    /**
     * @param rawName a raw name without {@code raw.fanvil.}
     * @return where it goes, if it names a module and a parameter Fanvil's file can hold
     */
    static Optional<Target> target(String rawName) {
        String[] parts = rawName.split("\\.", -1);
        if (parts.length < 2 || parts.length > 2 && parts[1].isEmpty()) {
            return Optional.empty();
        }
        String module = spaced(parts[0]);
        String section = parts.length == 2 ? "" : spaced(parts[1]);
        String name = spaced(String.join(".",
                Arrays.copyOfRange(parts, parts.length == 2 ? 1 : 2, parts.length)));
        boolean valid = FanvilCfgWriter.isModule(module)
                && (section.isEmpty() || FanvilCfgWriter.isSection(section))
                && FanvilCfgWriter.isName(name);
        return valid ? Optional.of(new Target(module, section, name)) : Optional.empty();
    }

    private static String spaced(String part) {
        return part.replace('_', ' ');
    }

    private static void leftOut(DeviceLog log, String name, String why) {
        log.warn("raw." + FanvilGenerator.VENDOR_ID + "." + name + " is left out: " + why);
    }
}
