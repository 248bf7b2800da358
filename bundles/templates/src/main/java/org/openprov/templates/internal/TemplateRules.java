package org.openprov.templates.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openprov.api.generator.ModelInfo;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.RegistryException;
import org.openprov.api.settings.Level;
import org.openprov.api.settings.SettingKeys;
import org.openprov.api.settings.Template;

/**
 * The rules for what a template is made of (its name, its filter) and which devices it may
 * reach, with the messages that refuse the rest.
 */
final class TemplateRules {

    /** The most vendors, and the most models, one filter names. */
    static final int MAX_FILTER = 20;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern VENDOR = Pattern.compile("[a-z0-9]{2,32}");
    private static final int MAX_MODEL = 64;

    private TemplateRules() {
    }

    /**
     * @param name a template name as typed
     * @return the name, stripped
     * @throws IllegalArgumentException saying what a name is made of
     */
    static String name(String name) {
        String typed = name == null ? "" : name.strip();
        if (!NAME.matcher(typed).matches()) {
            throw new IllegalArgumentException("'" + printable(typed) + "' is not a valid"
                    + " template name; use 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return typed;
    }

    /**
     * @param name a template name in any case
     * @return the key that makes names unique ignoring case
     */
    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param vendors vendor ids as typed, or null
     * @return them in lower case, sorted
     * @throws IllegalArgumentException for a vendor id that cannot be one
     */
    static Set<String> vendors(Collection<String> vendors) {
        Set<String> ids = new TreeSet<>();
        for (String vendor : vendors == null ? Set.<String>of() : vendors) {
            String id = vendor == null ? "" : vendor.strip().toLowerCase(Locale.ROOT);
            if (!VENDOR.matcher(id).matches()) {
                throw new IllegalArgumentException("'" + printable(String.valueOf(vendor))
                        + "' is not a vendor id; a vendor id is 2 to 32 letters and digits,"
                        + " as vendor:list shows them, e.g. yealink");
            }
            ids.add(id);
        }
        return limited(ids, "vendors");
    }

    /**
     * @param models model names in any spelling, or null
     * @return their {@link ModelInfo#normalise} keys, sorted
     * @throws IllegalArgumentException for a name without a letter or digit
     */
    static Set<String> models(Collection<String> models) {
        Set<String> keys = new TreeSet<>();
        for (String model : models == null ? Set.<String>of() : models) {
            String key = ModelInfo.normalise(model);
            if (key.isEmpty() || key.length() > MAX_MODEL) {
                throw new IllegalArgumentException("'" + printable(String.valueOf(model))
                        + "' is not a model; give the model as vendor:list shows it, e.g."
                        + " T54W");
            }
            keys.add(key);
        }
        return limited(keys, "models");
    }

    private static Set<String> limited(Set<String> entries, String what) {
        if (entries.size() > MAX_FILTER) {
            throw new IllegalArgumentException("A template's filter names at most " + MAX_FILTER
                    + " " + what + "; " + entries.size() + " were given");
        }
        return entries;
    }

    /**
     * @param level the level asked for
     * @param provider the provider given, blank if none
     * @param customer the customer given, blank if none
     * @throws RegistryException when the names given do not suit the level
     */
    static void checkLevel(Level level, String provider, String customer) {
        boolean hasProvider = !blank(provider);
        boolean hasCustomer = !blank(customer);
        if (level == null || level == Level.DEVICE) {
            throw new RegistryException("A template is for the platform, a provider or a"
                    + " customer; a device's own values are set on the device");
        }
        if (level == Level.PLATFORM && (hasProvider || hasCustomer)) {
            throw new RegistryException("A platform template has no provider or customer;"
                    + " give a provider for a provider template");
        }
        if (level != Level.PLATFORM && !hasProvider) {
            throw new RegistryException("A " + level.id() + " template needs its provider;"
                    + " give --provider");
        }
        if (level == Level.CUSTOMER && !hasCustomer) {
            throw new RegistryException("A customer template needs its customer; give"
                    + " --customer");
        }
        if (level == Level.PROVIDER && hasCustomer) {
            throw new RegistryException("A provider template has no customer; leave the"
                    + " customer out, or make it a customer template");
        }
    }

    /**
     * @param template a template
     * @param device a device it is to be assigned to
     * @throws RegistryException when the device is outside its scope or filter
     */
    static void checkCovers(Template template, Device device) {
        if (template.covers(device)) {
            return;
        }
        String phone = "Phone " + device.mac().colons();
        if (!inScope(template, device)) {
            throw new RegistryException(phone + " belongs to " + device.providerName() + "/"
                    + device.customerName() + ", outside template " + template.name() + " ("
                    + template.scope() + "); assign it a template of the platform, of"
                    + " provider " + device.providerName() + " or of customer "
                    + device.providerName() + "/" + device.customerName());
        }
        throw new RegistryException(phone + " is a " + device.vendor() + " " + device.model()
                + ", and template " + template.name() + " is for " + Texts.filter(template)
                + " only; assign it a template whose filter includes it");
    }

    private static boolean inScope(Template template, Device device) {
        return switch (template.level()) {
            case PLATFORM -> true;
            case PROVIDER -> template.providerName().equalsIgnoreCase(device.providerName());
            default -> template.providerName().equalsIgnoreCase(device.providerName())
                    && template.customerName().equalsIgnoreCase(device.customerName());
        };
    }

    /**
     * @param template a template
     * @param setting a canonical setting name
     * @throws RegistryException for a raw setting of a vendor the template's filter leaves out
     */
    static void checkRawVendor(Template template, String setting) {
        SettingKeys.rawVendor(setting).ifPresent(vendor -> {
            if (!template.vendors().isEmpty() && !template.vendors().contains(vendor)) {
                throw new RegistryException("Setting " + setting + " is for " + vendor
                        + " phones, and template " + template.name() + " is for "
                        + Texts.filter(template) + " only, so it would reach no phone; set"
                        + " it on a template for " + vendor);
            }
        });
    }

    /**
     * @param text any text, or null
     * @return whether it is null, empty or only spaces
     */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cc}", "?");
        return clean.length() > 70 ? clean.substring(0, 70) + "..." : clean;
    }
}
