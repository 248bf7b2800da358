package org.openprov.api.settings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;
import org.openprov.api.registry.RegistryException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Templates at platform, provider and customer level. Every method that changes something
 * refuses a mistake with a {@link RegistryException} whose message says what to do, and an
 * invalid value with an {@link IllegalArgumentException} naming the setting and the rule.
 *
 * <p>Precedence, for each setting of a device: the value set at the highest level that
 * <em>locked</em> it wins; without a lock, the narrowest level wins (device, then customer,
 * provider, platform). Within one level an assigned template beats an auto-apply one, and of
 * two of the same kind the one created later wins. Devices that are EXPIRED keep the values
 * they had at expiry.
 */
@ProviderType
public interface TemplateService {

    /**
     * Creates a template, DISABLED until its state is set.
     *
     * @param name letters, digits, {@code . _ -}; unique ignoring case
     * @param level its level; not {@link Level#DEVICE}
     * @param providerName its provider, for provider and customer templates; else empty
     * @param customerName its customer, for customer templates; else empty
     * @param vendors vendor ids it is for; empty for all
     * @param models model ids it is for (any spelling); empty for all
     * @return the template
     */
    Template create(String name, Level level, String providerName, String customerName,
            Set<String> vendors, Set<String> models);

    /**
     * @param name a template name, in any case
     * @return the template
     */
    Optional<Template> template(String name);

    /** @return every template, platform first, then by provider, customer and name */
    List<Template> templates();

    /**
     * Sets one value. Refused when a template of a higher level that can reach the same
     * devices locked the setting, and for a key that fits none of the devices or models the
     * template reaches.
     *
     * @param name the template
     * @param setting the setting's name as typed
     * @param value the value as typed
     * @param locked whether lower levels are refused their own value
     * @return the template after the change
     */
    Template set(String name, String setting, String value, boolean locked);

    /**
     * @param name the template
     * @param setting the setting's name as typed
     * @return the template after the change
     */
    Template unset(String name, String setting);

    /**
     * @param name the template
     * @param state its new state
     * @return the template after the change
     */
    Template setState(String name, TemplateState state);

    /**
     * Assigns a template to a device in its scope that passes its filter and fits its keys.
     *
     * @param name the template
     * @param mac the device
     * @return false if it was assigned already
     */
    boolean assign(String name, Mac mac);

    /**
     * @param name the template
     * @param mac the device
     * @return false if it was not assigned
     */
    boolean unassign(String name, Mac mac);

    /**
     * @param name the template
     * @return the devices it is assigned to
     */
    List<Mac> assigned(String name);

    /**
     * @param name the template
     * @return the devices it applies to now (assigned or by auto-apply, in scope, passing the
     *         filter), whether or not a lock or a narrower level overrides each of its values
     */
    List<Device> reach(String name);

    /**
     * Removes a template and its assignments.
     *
     * @param name the template
     * @return false if there was none
     */
    boolean remove(String name);
}
