package org.openprov.billing.command;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.billing.Price;
import org.openprov.api.registry.Provider;
import org.openprov.billing.command.completers.ProviderNameCompleter;

/** {@code billing:price-list [provider]}. */
@Command(scope = "billing", name = "price-list", description = "Lists the providers' prices:"
        + " from which day each applies and until when (the day before the next change), the"
        + " monthly price per phone, the one-time Provisioning Plus price and what a 6-month"
        + " license costs at that monthly price. Then names the providers without prices,"
        + " which cannot be billed")
@Service
public class BillingPriceListCommand extends BillingAction {

    @Argument(index = 0, name = "provider", description = "Only this provider's prices")
    @Completion(ProviderNameCompleter.class)
    String provider;

    @Override
    protected void run() throws Exception {
        if (provider != null) {
            requireProvider(provider);
        }
        List<Price> prices = billing.prices(provider);
        table(prices).print(out);
        if (provider == null) {
            reportUnpriced(prices);
        }
    }

    private ShellTable table(List<Price> prices) {
        ShellTable table = new ShellTable().emptyTableText(provider == null
                ? "No prices yet; set them with billing:price-set <provider> <monthly price>"
                : "Provider " + provider + " has no prices yet; set them with"
                        + " billing:price-set " + provider + " <monthly price>");
        for (String column : new String[] {"Provider", "From", "Until", "Currency"}) {
            table.column(column);
        }
        for (String column : new String[] {"Monthly", "Provisioning Plus", "License"}) {
            table.column(column).alignRight();
        }
        for (int i = 0; i < prices.size(); i++) {
            Price price = prices.get(i);
            Price next = i + 1 < prices.size() ? prices.get(i + 1) : null;
            boolean last = next == null || !next.providerName().equals(price.providerName());
            table.addRow().addContent(price.providerName(), price.effectiveFrom(),
                    last ? "" : next.effectiveFrom().minusDays(1), price.currency(),
                    Formats.money(price.monthly()), Formats.money(price.provisioningPlus()),
                    Formats.money(Formats.license(price.monthly())));
        }
        return table;
    }

    private void reportUnpriced(List<Price> prices) {
        Set<String> priced = prices.stream().map(Price::providerName)
                .collect(Collectors.toSet());
        List<String> unpriced = registry.providers().stream().map(Provider::name)
                .filter(name -> !priced.contains(name)).toList();
        if (!unpriced.isEmpty()) {
            out.println("Without prices, so their charges cannot be billed: "
                    + String.join(", ", unpriced));
        }
    }
}
