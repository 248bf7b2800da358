package org.openprov.billing.internal;

import org.openprov.audit.Actor;
import org.openprov.jdbc.Transactions;
import org.openprov.jdbc.SchemaMigrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openprov.api.billing.BillingService;
import org.openprov.api.billing.Charge;
import org.openprov.api.billing.CloseProgress;
import org.openprov.api.billing.Invoice;
import org.openprov.api.billing.Price;
import org.openprov.api.entitlement.EntitlementService;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.RegistryException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Billing on the registry's JDBC {@link DataSource}: price lists and closed invoices in tables
 * of its own; charges computed when asked from the devices the {@link DeviceRegistry} has on
 * record and the states and licenses the {@link EntitlementService} reports.
 *
 * <p>Nothing is kept in memory between calls, so several nodes can share the database and a
 * stop, update or restart of any bundle loses or doubles no charge. A closed month is stored
 * and from then on read, never computed again.
 */
@Component(service = BillingService.class, immediate = true,
        configurationPid = JdbcBillingService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BillingConfig.class)
public class JdbcBillingService implements BillingService {

    /** The configuration pid. */
    static final String PID = "org.openprov.billing";

    /** How often a close computes again when prices change while it runs. */
    static final int CLOSE_ATTEMPTS = 3;

    /** Progress is told after each provider and every this many devices. */
    static final int DEVICES_PER_PROGRESS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(JdbcBillingService.class);

    private final DeviceRegistry registry;
    private final ChargeRules rules;
    private final JdbcPrices prices;
    private final JdbcLedger ledger;

    /** The platform's clock when one is registered, so tests and demos can move time. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Clock clock;

    /**
     * Creates the service on the selected data source and upgrades its tables. Billing
     * computes nothing without the registry's history and the entitlement service's states,
     * so both are mandatory.
     *
     * @param dataSource the database, selected by {@code dataSource.target}
     * @param registry the devices and their history
     * @param entitlements the Provisioning Plus states and licenses
     * @param config the configuration
     */
    @Activate
    public JdbcBillingService(
            @Reference(name = "dataSource", target = BillingConfig.DEFAULT_DATA_SOURCE)
            DataSource dataSource,
            @Reference(name = "registry") DeviceRegistry registry,
            @Reference(name = "entitlements") EntitlementService entitlements,
            BillingConfig config) {
        this(dataSource, registry, entitlements);
        LOG.debug("Billing active on data source {}", config.dataSource_target());
    }

    /**
     * @param dataSource the database
     * @param registry the devices and their history
     * @param entitlements the Provisioning Plus states and licenses
     */
    JdbcBillingService(DataSource dataSource, DeviceRegistry registry,
            EntitlementService entitlements) {
        Transactions transactions = new Transactions(dataSource);
        new SchemaMigrator(transactions, BillingSchema.VERSION_TABLE, BillingSchema.steps(),
                Clock.systemUTC()).migrate();
        this.registry = registry;
        this.rules = new ChargeRules(registry, entitlements);
        this.prices = new JdbcPrices(transactions);
        this.ledger = new JdbcLedger(transactions);
    }

    @Override
    public Price setPrice(String providerName, LocalDate effectiveFrom, String currency,
            BigDecimal monthly, BigDecimal provisioningPlus) {
        requireProvider(providerName);
        if (effectiveFrom == null) {
            throw new RegistryException("Say from which day the prices apply, e.g. 2027-01-01");
        }
        Price price = new Price(providerName, effectiveFrom, Money.currency(currency),
                Money.checked(monthly, "monthly price"),
                Money.checked(provisioningPlus, "Provisioning Plus price"));
        storage("set the prices of " + providerName, () -> prices.set(price, now()));
        LOG.info("Prices of provider {} from {} set by {}: {} {} per device and month, {} {}"
                + " for Provisioning Plus", providerName, effectiveFrom, Actor.current(),
                price.monthly(), price.currency(), price.provisioningPlus(), price.currency());
        return price;
    }

    @Override
    public List<Price> prices(String providerName) {
        return storage("read the price lists", () -> prices.list(providerName));
    }

    @Override
    public Invoice preview(String providerName, YearMonth month) {
        if (closedAt(month).isPresent()) {
            return stored(providerName, month);
        }
        requireProvider(providerName);
        PriceList list = priceList(providerName, prices(providerName));
        // Up to now included: what happened at this very millisecond is already so far.
        Instant horizon = now().plusMillis(1);
        List<ChargeRules.Item> items = rules.items(providerName, month, horizon, () -> { });
        return Invoices.priced(providerName, month, items, list);
    }

    @Override
    public List<Invoice> close(YearMonth month, CloseProgress progress) {
        // Closed first: a closed month answers even after the platform clock was moved back.
        if (closedAt(month).isPresent()) {
            LOG.debug("{} is closed already; its invoices stand", month);
            return storedInvoices(month);
        }
        requireOver(month);
        CloseProgress told = progress == null ? (p, n, d) -> { } : progress;
        for (int attempt = 1; attempt <= CLOSE_ATTEMPTS; attempt++) {
            Optional<List<Invoice>> closed = closeOnce(month, told);
            if (closed.isPresent()) {
                return closed.get();
            }
            LOG.info("Prices changed while {} was being closed; computing it again", month);
        }
        throw new IllegalStateException("Billing could not close " + month + ": prices kept"
                + " changing while it was computed; try again once they are set");
    }

    @Override
    public Optional<YearMonth> lastClosedMonth() {
        List<YearMonth> closed = storage("read the closed months", ledger::closedMonths);
        return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
    }

    @Override
    public Invoice invoice(String providerName, YearMonth month) {
        if (closedAt(month).isEmpty()) {
            throw new RegistryException(month + " is not closed, so it has no invoice yet; see"
                    + " what it would cost with billing:preview " + providerName + " " + month
                    + ", and close it with billing:close " + month + " once it is over");
        }
        return stored(providerName, month);
    }

    @Override
    public int export(YearMonth month, Path file) {
        if (closedAt(month).isEmpty()) {
            throw new RegistryException(month + " is not closed, so there is nothing to export;"
                    + " close it first with billing:close " + month + " once it is over");
        }
        requireWritable(file);
        List<Invoice> invoices = storedInvoices(month);
        try {
            int rows = AtomicFile.write(file, out -> Csv.write(invoices, out));
            LOG.info("Exported {} charge(s) of {} to {} for {}", rows, month,
                    file.toAbsolutePath(), Actor.current());
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Billing could not write " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** @return the invoices, or empty when prices changed meanwhile and nothing was stored */
    private Optional<List<Invoice>> closeOnce(YearMonth month, CloseProgress progress) {
        long started = System.nanoTime();
        List<Price> used = prices(null);
        List<Invoice> invoices = compute(month, used, progress);
        Instant at = now();
        JdbcLedger.Stored stored = storage("close " + month, () -> ledger.store(month, at,
                invoices, c -> JdbcPrices.all(c).equals(used)));
        switch (stored) {
            case STALE -> {
                return Optional.empty();
            }
            case CLOSED_ELSEWHERE -> LOG.info("{} was closed by another node meanwhile; its"
                    + " invoices stand", month);
            default -> LOG.info("Closed {} by {}: {} provider(s) invoiced, {} charge(s), in {}"
                    + " ms", month, Actor.current(), invoices.size(), invoices.stream()
                            .mapToInt(i -> i.charges().size()).sum(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return Optional.of(storedInvoices(month));
    }

    /**
     * Every provider's invoice of the month, computed with the given prices. Providers with
     * nothing to charge are left out; a provider with charges but no price refuses the close.
     */
    private List<Invoice> compute(YearMonth month, List<Price> used, CloseProgress progress) {
        List<Provider> providers = registry.providers();
        Map<String, PriceList> lists = PriceList.byProvider(used);
        Instant end = Months.end(month);
        long[] devices = {0};
        progress.advanced(0, providers.size(), 0);
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            String name = providers.get(i).name();
            int done = i;
            List<ChargeRules.Item> items = rules.items(name, month, end, () -> {
                if (++devices[0] % DEVICES_PER_PROGRESS == 0) {
                    progress.advanced(done, providers.size(), devices[0]);
                }
            });
            if (!items.isEmpty()) {
                invoices.add(Invoices.priced(name, month, items, priceList(name, lists)));
            }
            progress.advanced(i + 1, providers.size(), devices[0]);
        }
        return invoices;
    }

    private Invoice stored(String providerName, YearMonth month) {
        List<Charge> charges = storage("read the invoice of " + providerName + " for " + month,
                () -> ledger.charges(month, providerName));
        if (charges.isEmpty()) {
            requireProvider(providerName);
        }
        String currency = priceList(providerName, prices(providerName)).currencyOf(month);
        return Invoices.invoice(providerName, month, charges, currency, closedAt(month));
    }

    private List<Invoice> storedInvoices(YearMonth month) {
        return storage("read the invoices of " + month, () -> ledger.invoices(month));
    }

    private Optional<Instant> closedAt(YearMonth month) {
        return storage("read whether " + month + " is closed", () -> ledger.closedAt(month));
    }

    private static PriceList priceList(String providerName, List<Price> list) {
        return new PriceList(providerName, list);
    }

    private static PriceList priceList(String providerName, Map<String, PriceList> lists) {
        return lists.getOrDefault(providerName, new PriceList(providerName, List.of()));
    }

    private void requireOver(YearMonth month) {
        Instant now = now();
        if (now.isBefore(Months.end(month))) {
            throw new RegistryException(month + " is not over yet: it can be closed from "
                    + Months.end(month) + " on (platform time now " + now + "). See what it"
                    + " costs so far with billing:preview <provider> " + month);
        }
    }

    private void requireProvider(String providerName) {
        if (providerName == null || registry.provider(providerName).isEmpty()) {
            throw new RegistryException("There is no provider " + providerName
                    + "; see provider:list");
        }
    }

    private static void requireWritable(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new RegistryException(target + " is a folder; name the CSV file to write,"
                    + " e.g. " + target.resolve("invoices.csv"));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RegistryException("Folder " + folder + " does not exist; create it"
                    + " first or write the CSV file elsewhere");
        }
    }

    /** Something read or written in this bundle's tables. */
    @FunctionalInterface
    private interface StorageCall<T> {
        T run() throws SQLException;
    }

    private static <T> T storage(String action, StorageCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("Billing could not " + action + ": "
                    + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /** Milliseconds, as stored, so what is returned matches what is read back later. */
    private Instant now() {
        Clock bound = clock;
        return (bound == null ? Clock.systemUTC() : bound).instant()
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
