package org.openprov.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openprov.api.registry.RegistryException;

/**
 * Exact money: {@link BigDecimal} with two decimals in the API, {@code long} minor units
 * (cents) in the database. Every currency is kept with two decimals, as the price list and
 * the invoices show them.
 */
public final class Money {

    /** Decimals kept. */
    public static final int SCALE = 2;

    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Money() {
    }

    /**
     * @param minor an amount in minor units, e.g. 150
     * @return e.g. 1.50
     */
    public static BigDecimal of(long minor) {
        return BigDecimal.valueOf(minor, SCALE);
    }

    /**
     * @param amount an amount with at most two decimals
     * @return its minor units, e.g. 150 for 1.5
     * @throws ArithmeticException if it has more decimals or does not fit
     */
    public static long minor(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /**
     * Reads a price as an administrator types it.
     *
     * @param text e.g. {@code 1.5}, {@code 1.50} or {@code 2}
     * @param what what the price is, for the message, e.g. {@code monthly price}
     * @return the price with two decimals
     * @throws RegistryException if it is not a plain decimal, is negative or has more than
     *     two decimals
     */
    public static BigDecimal parse(String text, String what) {
        String typed = text == null ? "" : text.trim();
        if (!DECIMAL.matcher(typed).matches()) {
            throw new RegistryException("'" + typed + "' is not a " + what + "; write a decimal"
                    + " number such as 1.5 or 1.50");
        }
        return checked(new BigDecimal(typed), what);
    }

    /**
     * @param price a price
     * @param what what the price is, for the message
     * @return the price with two decimals
     * @throws RegistryException if it is missing, negative, has more than two decimals or is
     *     too large to store
     */
    public static BigDecimal checked(BigDecimal price, String what) {
        if (price == null) {
            throw new RegistryException("The " + what + " is required, e.g. 1.50");
        }
        if (price.signum() < 0) {
            throw new RegistryException("The " + what + " " + price.toPlainString()
                    + " is negative; prices are 0 or more");
        }
        if (price.stripTrailingZeros().scale() > SCALE) {
            throw new RegistryException("The " + what + " " + price.toPlainString() + " has"
                    + " more than two decimals; write it in the currency's cents, e.g. "
                    + price.setScale(SCALE, RoundingMode.HALF_UP).toPlainString());
        }
        BigDecimal exact = price.setScale(SCALE, RoundingMode.UNNECESSARY);
        try {
            // A license costs 6 of them, and a month adds up many: keep far from the limit.
            Math.multiplyExact(minor(exact), 1_000_000L);
        } catch (ArithmeticException tooLarge) {
            throw new RegistryException("The " + what + " " + exact.toPlainString()
                    + " is too large");
        }
        return exact;
    }

    /**
     * @param typed an ISO 4217 code in any case, e.g. {@code usd}
     * @return the code in capitals, e.g. {@code USD}
     * @throws RegistryException if it is not three letters
     */
    public static String currency(String typed) {
        String code = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(code).matches() || !known(code)) {
            throw new RegistryException("'" + typed + "' is not a currency; write its ISO 4217"
                    + " code, three letters such as USD or EUR");
        }
        return code;
    }

    /** The JDK's list of ISO 4217 codes; XYZ-style inventions are refused. */
    private static boolean known(String code) {
        try {
            return java.util.Currency.getInstance(code) != null;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * @param amount an amount
     * @return it with two decimals, e.g. {@code 1.50}
     */
    public static String text(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
