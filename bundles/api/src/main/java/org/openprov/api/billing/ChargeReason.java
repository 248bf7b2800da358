package org.openprov.api.billing;

/** Why a device is charged. */
public enum ChargeReason {
    /** Managed on the monthly plan on at least one day of the month. */
    MONTHLY,
    /** Its Provisioning Plus window started this month. */
    PROVISIONING_PLUS,
    /** A license was added this month: 6 × the monthly price in force that day. */
    LICENSE
}
