package org.openprov.vendor.cisco.internal;

import java.util.Locale;
import java.util.Optional;
import org.openprov.api.generator.ModelInfo;

/**
 * The two Cisco firmware families OpenProv writes, told apart by the model table's family
 * column. Both read the same {@code <flat-profile>} XML (element name = web field name with
 * spaces and {@code [ ] ( ) /} turned into {@code _}); they differ in a few names and in the
 * {@code ua} attribute.
 */
enum CiscoFamily {

    /**
     * Small Business SPA firmware (SPA300/SPA500 phones, SPA100 ATAs, Linksys SPA900): no
     * {@code ua} attribute, as deployed SPA profiles are written; expansion module keys are
     * {@code Unit_u_Key_k}, without the trailing underscore of MPP.
     */
    SPA("spa", "", "Admin_Passwd", ""),

    /**
     * Multiplatform (3PCC) firmware: every element carries {@code ua="na"} so the phone's menu
     * does not offer it to the user (MPP administration guide, "Phone-UI-User-Mode"); module
     * keys are {@code Unit_u_Key_k_} (MPP guide, "Key Expansion Module").
     */
    MPP("mpp", "na", "Admin_Password", "_");

    private final String id;
    private final String userAccess;
    private final String adminPassword;
    private final String unitKeySuffix;

    CiscoFamily(String id, String userAccess, String adminPassword, String unitKeySuffix) {
        this.id = id;
        this.userAccess = userAccess;
        this.adminPassword = adminPassword;
        this.unitKeySuffix = unitKeySuffix;
    }

    /** @return the family column's value, e.g. {@code mpp} */
    String id() {
        return id;
    }

    /** @return the {@code ua} attribute written on every element, empty for none */
    String userAccess() {
        return userAccess;
    }

    /** @return the element of the administrator password */
    String adminPassword() {
        return adminPassword;
    }

    /**
     * @param unit the expansion module, from 1
     * @param key the key on it, from 1
     * @return the element of that module key
     */
    String unitKey(int unit, int key) {
        return "Unit_" + unit + "_Key_" + key + unitKeySuffix;
    }

    /**
     * @param model a row of the model table
     * @return its family, if the family column names one
     */
    static Optional<CiscoFamily> of(ModelInfo model) {
        String family = model.family().toLowerCase(Locale.ROOT);
        for (CiscoFamily candidate : values()) {
            if (candidate.id.equals(family)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
