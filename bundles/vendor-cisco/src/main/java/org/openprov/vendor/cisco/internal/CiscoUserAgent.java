package org.openprov.vendor.cisco.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.registry.Mac;

/**
 * Reads a Cisco User-Agent: whether it names Cisco (or Linksys, whose SPA900 phones Cisco
 * took over), which model it names, and the MAC it carries, if any.
 *
 * <p>Shapes seen (User-Agents collected in Wazo's Cisco plug-ins; Cisco 8800 MPP guide, "HTTP
 * Status Code Handling on Resync and Upgrade"):
 * <ul>
 * <li>MPP: {@code Cisco-CP-8841-3PCC/11.0 (00562b043615)}: vendor, a dash, the product name,
 * the firmware after a slash, then one value in parentheses. Cisco's guide calls it the serial
 * number, but it is the MAC (Cisco's OUI, twelve hex digits), and it is read as the MAC;</li>
 * <li>SPA: {@code Cisco/SPA508G-7.4.8a (0002FDFF2103)(CBT141400UK)}: vendor, a slash, the
 * model and the firmware joined by a dash, then the MAC and the serial number. The SPA525G
 * sends the serial number alone, {@code Cisco/SPA525G-7.4.7 (CBT141900G7)};</li>
 * <li>Linksys: {@code Linksys/SPA-942-6.1.5(a) (88019FA42805)}: one value, the serial number,
 * even when it looks like hex digits; Linksys serial numbers such as {@code 4MM00F903042}
 * show it is not a MAC. So, in the slash form, a single value is never read as a MAC;</li>
 * <li>ATA191: {@code Cisco/ATA191-MPP-11-1-0-MSR4 (FCH2233ABCD)}: the serial number.</li>
 * </ul>
 * The vendor token is matched in any case; the model is found in the model table from the
 * tokens that follow it, separated by dashes, underscores or spaces, so {@code SPA-942},
 * {@code SPA 504G} and {@code CP_8841_3PCC} all name a model. A MAC may be written bare or
 * with separators, in either case. Nothing here depends on a MAC prefix.
 */
final class CiscoUserAgent {

    /** What a User-Agent says. */
    record Reading(boolean vendor, Optional<ModelInfo> model, Optional<Mac> mac) {

        /** @return whether the User-Agent names Cisco or starts with a Cisco model */
        boolean matched() {
            return vendor || model.isPresent();
        }
    }

    private static final Pattern VENDOR = Pattern.compile(
            "(?i)^\\s*(cisco|linksys)\\s*([-/\\s])\\s*(.*)$");
    private static final Pattern GROUP = Pattern.compile("\\(\\s*([^()]*?)\\s*\\)");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[-_\\s]+");
    private static final Reading NONE = new Reading(false, Optional.empty(), Optional.empty());

    private CiscoUserAgent() {
    }

    /**
     * @param userAgent the request's User-Agent, possibly empty or null
     * @param models the model table
     * @return what it says
     */
    static Reading read(String userAgent, ModelTable models) {
        if (userAgent == null || userAgent.isBlank()) {
            return NONE;
        }
        Matcher vendor = VENDOR.matcher(userAgent);
        boolean named = vendor.matches();
        String rest = named ? vendor.group(3) : userAgent.strip();
        Optional<ModelInfo> model = model(product(rest), models);
        boolean mppShape = named && vendor.group(2).equals("-")
                || model.flatMap(CiscoFamily::of).orElse(null) == CiscoFamily.MPP;
        return new Reading(named, model, mac(values(rest), mppShape));
    }

    /**
     * @param rest the User-Agent after the vendor token
     * @return the product part: up to the firmware's slash, or up to the first space or
     *         parenthesis
     */
    private static String product(String rest) {
        int end = rest.length();
        for (char stop : new char[] {'/', '('}) {
            int at = rest.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return rest.substring(0, end);
    }

    /**
     * The longest run of leading tokens that names a model: {@code SPA-942-6.1.5} gives
     * {@code SPA942}, while {@code SPA525G-7.4.7} gives {@code SPA525G} and not a longer name.
     */
    static Optional<ModelInfo> model(String product, ModelTable models) {
        List<String> tokens = Arrays.stream(TOKEN_SEPARATORS.split(product.strip()))
                .filter(token -> !token.isEmpty()).toList();
        for (int count = tokens.size(); count > 0; count--) {
            Optional<ModelInfo> found = models.find(String.join("", tokens.subList(0, count)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * @param rest the User-Agent after the vendor token
     * @return the parenthesised values that follow the product and firmware, in order; a group
     *         glued to the firmware, as in {@code 6.1.5(a)}, is part of the firmware
     */
    private static List<String> values(String rest) {
        int space = rest.indexOf(' ');
        List<String> values = new ArrayList<>();
        if (space < 0) {
            return values;
        }
        Matcher group = GROUP.matcher(rest.substring(space));
        while (group.find()) {
            values.add(group.group(1));
        }
        return values;
    }

    /**
     * @param values the parenthesised values
     * @param mppShape whether the User-Agent has the MPP shape {@code Cisco-<product>/...} or
     *        names a multiplatform model
     * @return the MAC: the first value when another follows it (SPA), or the only value in the
     *         MPP shape; never a value standing alone in the SPA shape (a serial number)
     */
    private static Optional<Mac> mac(List<String> values, boolean mppShape) {
        if (values.isEmpty() || values.size() == 1 && !mppShape) {
            return Optional.empty();
        }
        return Mac.tryParse(values.get(0));
    }
}
