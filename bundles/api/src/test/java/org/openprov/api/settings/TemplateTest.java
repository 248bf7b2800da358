package org.openprov.api.settings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.Mac;

/** Which devices a {@link Template} covers, and the states it can be in. */
public class TemplateTest {

    @Test
    public void aPlatformTemplateCoversEveryDevice() {
        Template template = template(Level.PLATFORM, "", "", Set.of(), Set.of());

        assertTrue(template.covers(device("acme", "dental", "yealink", "T54W")));
        assertTrue(template.covers(device("other", "shop", "snom", "D785")));
        assertEquals("platform", template.scope());
    }

    @Test
    public void aProviderTemplateCoversItsProviderInAnyCase() {
        Template template = template(Level.PROVIDER, "Acme", "", Set.of(), Set.of());

        assertTrue(template.covers(device("acme", "dental", "yealink", "T54W")));
        assertTrue(template.covers(device("ACME", "shop", "snom", "D785")));
        assertFalse(template.covers(device("acme2", "dental", "yealink", "T54W")));
        assertEquals("provider Acme", template.scope());
    }

    @Test
    public void aCustomerTemplateNeedsBothProviderAndCustomer() {
        Template template = template(Level.CUSTOMER, "acme", "Dental", Set.of(), Set.of());

        assertTrue(template.covers(device("ACME", "dental", "yealink", "T54W")));
        assertFalse(template.covers(device("acme", "shop", "yealink", "T54W")));
        assertFalse(template.covers(device("other", "dental", "yealink", "T54W")));
        assertEquals("customer acme/Dental", template.scope());
    }

    @Test
    public void aDeviceLevelTemplateCoversNothing() {
        Template template = template(Level.DEVICE, "acme", "dental", Set.of(), Set.of());

        assertFalse(template.covers(device("acme", "dental", "yealink", "T54W")));
    }

    @Test
    public void vendorAndModelFiltersNarrowTheScope() {
        Template template = template(Level.PROVIDER, "acme", "", Set.of("polycom", "yealink"),
                Set.of("VVX450", "T54W"));

        assertTrue(template.covers(device("acme", "dental", "polycom", "VVX 450")));
        assertTrue(template.covers(device("acme", "dental", "polycom", "vvx-450")));
        assertTrue(template.covers(device("acme", "dental", "yealink", "t54w")));
        assertFalse(template.covers(device("acme", "dental", "yealink", "T46U")));
        assertFalse(template.covers(device("acme", "dental", "snom", "T54W")));
        assertFalse(template.covers(device("other", "dental", "yealink", "T54W")));
    }

    @Test
    public void theDescriptionCountsValuesButShowsNone() {
        Template template = new Template("Base", Level.PLATFORM, null, null,
                TemplateState.AUTO_APPLY, Set.of(), Set.of(), new TreeMap<>(Map.of(
                        "admin.password", new TemplateValue("s3cret", true))));

        assertEquals("Template[Base, platform, auto-apply, 1 value(s)]", template.toString());
        assertEquals("", template.providerName());
        assertEquals("", template.customerName());
    }

    @Test
    public void aStateIsReadInAnyCaseWithDashOrUnderscore() {
        assertEquals(TemplateState.AUTO_APPLY, TemplateState.parse("AUTO_APPLY"));
        assertEquals(TemplateState.AUTO_APPLY, TemplateState.parse(" auto-apply "));
        assertEquals(TemplateState.AUTO_APPLY, TemplateState.parse("Auto"));
        assertEquals(TemplateState.DISABLED, TemplateState.parse("Disabled"));
        assertEquals(TemplateState.ASSIGNABLE, TemplateState.parse("ASSIGNABLE"));
        assertEquals("auto-apply", TemplateState.AUTO_APPLY.id());
    }

    @Test
    public void anUnknownStateListsTheStates() {
        for (String text : List.of("on", "", "auto apply")) {
            assertEquals("Unknown template state '" + text + "'; use disabled, assignable or"
                    + " auto-apply", assertThrows(IllegalArgumentException.class,
                            () -> TemplateState.parse(text)).getMessage());
        }
    }

    private static Template template(Level level, String provider, String customer,
            Set<String> vendors, Set<String> models) {
        return new Template("t", level, provider, customer, TemplateState.ASSIGNABLE, vendors,
                models, new TreeMap<>());
    }

    private static Device device(String provider, String customer, String vendor,
            String model) {
        return new Device(Mac.parse("001565a1b2c3"), provider, customer, vendor, model, "",
                Instant.EPOCH, false, Optional.empty(), List.of(), Map.of());
    }
}
