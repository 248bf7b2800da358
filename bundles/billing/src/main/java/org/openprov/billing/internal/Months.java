package org.openprov.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.openprov.api.registry.RegistryException;

/** Billing months in UTC: month M runs from its first instant to the first instant of M+1. */
public final class Months {

    /** How many months a license is charged, at the monthly price of the day it is added. */
    public static final int PER_LICENSE = 6;

    private Months() {
    }

    /**
     * @param month a month
     * @return its first instant, e.g. 2026-11-01T00:00:00Z
     */
    public static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * @param month a month
     * @return the first instant of the next month, which is not in this one
     */
    public static Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /**
     * @param instant an instant
     * @return its day in UTC
     */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * @param instant an instant
     * @return its month in UTC
     */
    public static YearMonth of(Instant instant) {
        return YearMonth.from(day(instant));
    }

    /**
     * @param typed e.g. {@code 2026-11}
     * @return the month
     * @throws RegistryException if it is not written {@code yyyy-mm}
     */
    public static YearMonth parse(String typed) {
        try {
            return YearMonth.parse(typed == null ? "" : typed.trim());
        } catch (DateTimeParseException e) {
            throw new RegistryException("'" + typed + "' is not a month; write it yyyy-mm,"
                    + " e.g. 2026-11");
        }
    }

    /**
     * @param typed e.g. {@code 2027-01-01}
     * @return the day
     * @throws RegistryException if it is not written {@code yyyy-mm-dd}
     */
    public static LocalDate parseDay(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.trim());
        } catch (DateTimeParseException e) {
            throw new RegistryException("'" + typed + "' is not a date; write it yyyy-mm-dd,"
                    + " e.g. 2027-01-01");
        }
    }
}
