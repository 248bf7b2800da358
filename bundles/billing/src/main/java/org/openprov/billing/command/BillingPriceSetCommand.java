package org.openprov.billing.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.billing.Price;
import org.openprov.billing.command.completers.ProviderNameCompleter;
import org.openprov.billing.internal.Money;
import org.openprov.billing.internal.Months;

/** {@code billing:price-set <provider> <monthly> [--pplus P] [--currency C] [--from D]}. */
@Command(scope = "billing", name = "price-set", description = "Sets a provider's prices from a"
        + " day on: the monthly price per managed phone, and the one-time Provisioning Plus"
        + " price charged in the month a phone's window starts. A license costs 6 times the"
        + " monthly price in force on the day it is added. Prices are typed with at most two"
        + " decimals (1.5 or 1.50) and apply from --from until the provider's next price"
        + " change; setting them again for the same day replaces them. Prices that would apply"
        + " in a closed month are refused, since a closed month never changes")
@Service
public class BillingPriceSetCommand extends BillingAction {

    @Argument(index = 0, name = "provider", required = true, description = "The provider")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Argument(index = 1, name = "monthly", required = true, description = "The price per"
            + " managed phone and month, e.g. 1.50")
    String monthly;

    @Option(name = "--pplus", aliases = "-p", description = "The one-time Provisioning Plus"
            + " price per phone, e.g. 5.00; by default the provider's Provisioning Plus price"
            + " before --from, else 0.00")
    String pplus;

    @Option(name = "--currency", aliases = "-c", description = "The ISO 4217 currency code,"
            + " e.g. USD or EUR; by default the currency of the provider's prices before"
            + " --from, else USD. A change of currency takes effect on the first of a month")
    String currency;

    @Option(name = "--from", aliases = "-f", description = "The first day (UTC) the prices"
            + " apply, yyyy-mm-dd; today by the platform clock if not given")
    String from;

    @Override
    protected void run() throws Exception {
        requireProvider(provider);
        BigDecimal perMonth = Money.parse(monthly, "monthly price");
        LocalDate day = from == null ? LocalDate.ofInstant(now(), ZoneOffset.UTC)
                : Months.parseDay(from);
        List<Price> before = billing.prices(provider);
        BigDecimal onboarding = pplus != null ? Money.parse(pplus, "Provisioning Plus price")
                : inForce(before, day).map(Price::provisioningPlus)
                        .orElse(BigDecimal.ZERO.setScale(2));
        String code = currency != null ? currency : currencyBefore(before, day);
        Price set = billing.setPrice(provider, day, code, perMonth, onboarding);
        report(set, before.stream().anyMatch(p -> p.effectiveFrom().equals(day)));
    }

    private void report(Price set, boolean replaced) {
        String currency = set.currency();
        out.println("Prices of " + provider + " from " + set.effectiveFrom() + ": "
                + Formats.money(set.monthly(), currency) + " per phone and month (a license "
                + Formats.money(Formats.license(set.monthly()), currency) + "),"
                + " Provisioning Plus " + Formats.money(set.provisioningPlus(), currency)
                + " once" + (replaced ? "; they replace the prices set for that day." : "."));
    }

    /** @return the provider's prices in force on the day, if any */
    private static Optional<Price> inForce(List<Price> prices, LocalDate day) {
        return prices.stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later);
    }

    /** The currency of the prices in force on the day, else of the first prices, else USD. */
    private static String currencyBefore(List<Price> prices, LocalDate day) {
        return prices.stream().filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(Price::effectiveFrom))
                .or(() -> prices.stream().min(Comparator.comparing(Price::effectiveFrom)))
                .map(Price::currency).orElse("USD");
    }
}
