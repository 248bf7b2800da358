package org.openprov.vendor.fanvil.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes Fanvil's sectioned text configuration file, the form Fanvil phones export from their
 * web interface and read back by auto provisioning:
 *
 * <pre>
 * &lt;&lt;VOIP CONFIG FILE&gt;&gt;Version:2.0000000000
 *
 * &lt;SIP CONFIG MODULE&gt;
 * --SIP Line List--  :
 * SIP1 Phone Number       :1001
 *
 * &lt;&lt;END OF FILE&gt;&gt;
 * </pre>
 *
 * <p>A module starts at its {@code <NAME MODULE>} header and runs to the next one; it is never
 * closed. Inside it, a {@code --Title--} line opens a subsection; the same parameter name can
 * live in two subsections ({@code Fkey1 Type} under {@code --Sidekey Config1--} and under
 * {@code --Dsskey Config1--}), so a parameter belongs to its module and subsection. Each
 * parameter is {@code name:value} on one line; the name is padded with spaces as the phone's
 * own export pads it: an indexed name ({@code SIP1 }, {@code Fkey10 }, {@code Account2 },
 * {@code P1 }) keeps its index and pads the rest to 19 columns, any other name pads to 19.
 * The phone splits at the first colon, so colons in values are kept (the export itself writes
 * {@code Record:on}). Subsection lines are padded the same way, but for numbered pages,
 * which the export leaves unpadded ({@link #sectionLine}).
 *
 * <p>Escaping: the format has none. A value is cut at the end of its line, so a line break in
 * a value would start a parameter of the caller's choosing. Every control character in a value
 * is therefore replaced by a space, and the parameter is remembered in {@link #cleaned()} for
 * the caller to report. Names are constants of this bundle or raw names that passed
 * {@link FanvilRaw}; any other name is refused.
 *
 * <p>Lines end with CR LF and the first line is padded with spaces to 62 characters (64 bytes
 * with its CR LF), as the phone's exports and Fanvil's auto provisioning description write it.
 */
final class FanvilCfgWriter {

    /** The first line without its padding; the version is explained in {@link FanvilDeviceFile}. */
    static final String VERSION_LINE = "<<VOIP CONFIG FILE>>Version:2.0000000000";
    /** The last line of every file. */
    static final String END_LINE = "<<END OF FILE>>";
    /** The line ending of the phone's exports. */
    static final String CRLF = "\r\n";
    /** The width of the first line before its CR LF. */
    static final int HEADER_WIDTH = 62;
    /** The column a name is padded to before its colon. */
    static final int NAME_WIDTH = 19;

    /** The modules in the order the phone's export lists them; others follow in first use. */
    private static final List<String> MODULE_ORDER = List.of(FanvilModules.SIP,
            FanvilModules.CALL_FEATURE, FanvilModules.PHONE_FEATURE, FanvilModules.DSSKEY,
            FanvilModules.MMI, FanvilModules.LOG, FanvilModules.MAINTENANCE,
            FanvilModules.AUTOUPDATE, FanvilModules.FIRMWARE, FanvilModules.QOS);
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z-]+[0-9]+) (.+)");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ]* MODULE");
    private static final Pattern SECTION =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9 ]*[A-Za-z0-9])?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][^\\p{Cc}:]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** What {@link #put} did with a parameter. */
    enum Placed {
        /** It was not there and is now added. */
        ADDED,
        /** It replaced the value of the same parameter where that stood. */
        REPLACED,
        /** The module holds the name in several subsections; nothing was written. */
        AMBIGUOUS
    }

    /** One module: its own parameters, then its subsections in order. */
    private static final class Module {
        private final Map<String, String> own = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    }

    private final Map<String, Module> modules = new LinkedHashMap<>();
    private final List<String> cleaned = new ArrayList<>();

    /**
     * Sets a parameter the bundle generates.
     *
     * @param module the module, e.g. {@link FanvilModules#SIP}
     * @param section the subsection title without dashes, e.g. {@code SIP Line List}; empty
     *        for a parameter of the module itself
     * @param name the parameter, e.g. {@code SIP1 Register Port}
     * @param value its value, unescaped; null is written as empty
     * @return this writer
     * @throws IllegalStateException if the parameter is set already
     */
    FanvilCfgWriter set(String module, String section, String name, String value) {
        Map<String, String> entries = entries(module, section);
        if (entries.putIfAbsent(checkedName(name), clean(module, name, value)) != null) {
            throw new IllegalStateException("Parameter " + name + " is set twice");
        }
        return this;
    }

    /**
     * @param module the module
     * @param section the subsection, empty for none
     * @param name the parameter
     * @param value its value
     * @return this writer
     */
    FanvilCfgWriter set(String module, String section, String name, int value) {
        return set(module, section, name, Integer.toString(value));
    }

    /**
     * Sets a parameter whether or not it is there already, without ever writing it twice. With
     * a subsection it goes there. Without one it replaces the parameter wherever the module
     * holds it, or is added to the module's own parameters if the module holds it nowhere.
     *
     * @param module a module name that passed {@link #isModule}
     * @param section a subsection title that passed {@link #isSection}, or empty
     * @param name a name that passed {@link #isName}
     * @param value the value, unescaped
     * @return what was done
     */
    Placed put(String module, String section, String name, String value) {
        String checked = checkedName(name);
        String text = clean(module, name, value);
        if (!section.isEmpty()) {
            return entries(module, section).put(checked, text) == null ? Placed.ADDED
                    : Placed.REPLACED;
        }
        List<Map<String, String>> holders = holders(module, checked);
        if (holders.size() > 1) {
            return Placed.AMBIGUOUS;
        }
        Map<String, String> target = holders.isEmpty() ? entries(module, "") : holders.get(0);
        target.put(checked, text);
        return holders.isEmpty() ? Placed.ADDED : Placed.REPLACED;
    }

    /**
     * @param module a module
     * @param section a subsection, or empty for the module's own parameters
     * @param name a parameter
     * @return its value as it will be written, if set
     */
    String get(String module, String section, String name) {
        Module found = modules.get(module);
        if (found == null) {
            return null;
        }
        Map<String, String> entries = section.isEmpty() ? found.own
                : found.sections.get(section);
        return entries == null ? null : entries.get(name);
    }

    /** @return the parameters whose values had control characters replaced, as module: name */
    List<String> cleaned() {
        return List.copyOf(cleaned);
    }

    /** @return the whole file */
    String render() {
        StringBuilder out = new StringBuilder(4096);
        out.append(padRight(VERSION_LINE, HEADER_WIDTH)).append(CRLF).append(CRLF);
        for (String name : order()) {
            Module module = modules.get(name);
            out.append('<').append(name).append('>').append(CRLF);
            module.own.forEach((key, value) -> line(out, key, value));
            module.sections.forEach((title, entries) -> {
                out.append(sectionLine(title)).append(CRLF);
                entries.forEach((key, value) -> line(out, key, value));
            });
            out.append(CRLF);
        }
        return out.append(END_LINE).append(CRLF).toString();
    }

    /**
     * @param name a candidate module name, e.g. {@code SIP CONFIG MODULE}
     * @return whether it can be written as a module header
     */
    static boolean isModule(String name) {
        return name != null && MODULE.matcher(name).matches();
    }

    /**
     * @param title a candidate subsection title, e.g. {@code SIP Line List}
     * @return whether it can be written between the dashes of a subsection line
     */
    static boolean isSection(String title) {
        return title != null && SECTION.matcher(title).matches();
    }

    /**
     * A name starts with a letter or digit, so it cannot be read as a module header, a
     * subsection or the end line, and holds no colon or control character, so it cannot end
     * early or break its line. Trailing spaces are refused: the phone trims them.
     *
     * @param name a candidate parameter name
     * @return whether it can be written as it is
     */
    static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.endsWith(" ");
    }

    /**
     * @param name a parameter name
     * @return the name padded the way the phone's export pads it
     */
    static String padded(String name) {
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches()) {
            return indexed.group(1) + " " + padRight(indexed.group(2), NAME_WIDTH);
        }
        return padRight(name, NAME_WIDTH);
    }

    /**
     * @param title a subsection title
     * @return its line: padded to 19 columns like {@code --SIP Line List--  :}, except a
     *         numbered page, which the export writes unpadded ({@code --Dsskey Config1--:})
     */
    static String sectionLine(String title) {
        String dashed = "--" + title + "--";
        boolean page = Character.isDigit(title.charAt(title.length() - 1));
        return (page ? dashed : padRight(dashed, NAME_WIDTH)) + ":";
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(padded(name)).append(':').append(value).append(CRLF);
    }

    private List<String> order() {
        List<String> order = new ArrayList<>();
        MODULE_ORDER.stream().filter(modules::containsKey).forEach(order::add);
        modules.keySet().stream().filter(m -> !order.contains(m)).forEach(order::add);
        return order;
    }

    private List<Map<String, String>> holders(String module, String name) {
        List<Map<String, String>> holders = new ArrayList<>();
        Module found = modules.get(module);
        if (found == null) {
            return holders;
        }
        if (found.own.containsKey(name)) {
            holders.add(found.own);
        }
        found.sections.values().stream().filter(s -> s.containsKey(name)).forEach(holders::add);
        return holders;
    }

    private Map<String, String> entries(String module, String section) {
        if (!isModule(module) || !(section.isEmpty() || isSection(section))) {
            throw new IllegalArgumentException("'" + module + "' / '" + section
                    + "' cannot be written as a module and subsection");
        }
        Module found = modules.computeIfAbsent(module, m -> new Module());
        return section.isEmpty() ? found.own
                : found.sections.computeIfAbsent(section, s -> new LinkedHashMap<>());
    }

    private String clean(String module, String name, String value) {
        String text = value == null ? "" : value;
        Matcher control = CONTROL.matcher(text);
        if (!control.find()) {
            return text;
        }
        cleaned.add(module + ": " + name);
        return control.replaceAll(" ");
    }

    private static String checkedName(String name) {
        if (!isName(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be a parameter name");
        }
        return name;
    }

    private static String padRight(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
