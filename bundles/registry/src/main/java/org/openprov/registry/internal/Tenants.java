package org.openprov.registry.internal;

import org.openprov.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.Provider;

/** The SQL of providers and customers. */
final class Tenants {

    private static final String PROVIDER_COLUMNS = "SELECT id, name, created_at FROM provider";
    private static final String CUSTOMER_COLUMNS = "SELECT c.id, p.name, c.name, c.created_at"
            + " FROM customer c JOIN provider p ON p.id = c.provider_id";
    private static final String CUSTOMER_ORDER = " ORDER BY p.name, c.name";

    private Tenants() {
    }

    static Provider insertProvider(Connection connection, String name, Instant now)
            throws SQLException {
        Jdbc.update(connection, "INSERT INTO provider (name, created_at) VALUES (?, ?)", name,
                now.toEpochMilli());
        return provider(connection, name).orElseThrow();
    }

    static Optional<Provider> provider(Connection connection, String name) throws SQLException {
        return Jdbc.first(connection, PROVIDER_COLUMNS + " WHERE name = ?", Tenants::provider,
                name);
    }

    /**
     * @param connection an open connection
     * @param name a provider name
     * @return the stored provider name equal to it ignoring case, if any
     * @throws SQLException when the query fails
     */
    static Optional<String> providerNameLike(Connection connection, String name)
            throws SQLException {
        // Compared here rather than with LOWER() in SQL, whose case rules vary by database.
        return Jdbc.list(connection, "SELECT name FROM provider", row -> row.getString(1))
                .stream().filter(name::equalsIgnoreCase).findFirst();
    }

    static List<Provider> providers(Connection connection) throws SQLException {
        return Jdbc.list(connection, PROVIDER_COLUMNS + " ORDER BY name", Tenants::provider);
    }

    static Customer insertCustomer(Connection connection, Provider provider, String name,
            Instant now) throws SQLException {
        Jdbc.update(connection,
                "INSERT INTO customer (provider_id, name, created_at) VALUES (?, ?, ?)",
                provider.id(), name, now.toEpochMilli());
        return customer(connection, provider.name(), name).orElseThrow();
    }

    /**
     * @param connection an open connection
     * @param provider a provider
     * @param name a customer name
     * @return the provider's stored customer name equal to it ignoring case, if any
     * @throws SQLException when the query fails
     */
    static Optional<String> customerNameLike(Connection connection, Provider provider,
            String name) throws SQLException {
        return Jdbc.list(connection, "SELECT name FROM customer WHERE provider_id = ?",
                row -> row.getString(1), provider.id()).stream().filter(name::equalsIgnoreCase)
                .findFirst();
    }

    static Optional<Customer> customer(Connection connection, String providerName, String name)
            throws SQLException {
        return Jdbc.first(connection, CUSTOMER_COLUMNS + " WHERE p.name = ? AND c.name = ?",
                Tenants::customer, providerName, name);
    }

    static List<Customer> customers(Connection connection, String providerName)
            throws SQLException {
        if (providerName == null) {
            return Jdbc.list(connection, CUSTOMER_COLUMNS + CUSTOMER_ORDER, Tenants::customer);
        }
        return Jdbc.list(connection, CUSTOMER_COLUMNS + " WHERE p.name = ?" + CUSTOMER_ORDER,
                Tenants::customer, providerName);
    }

    private static Provider provider(ResultSet row) throws SQLException {
        return new Provider(row.getLong(1), row.getString(2),
                Instant.ofEpochMilli(row.getLong(3)));
    }

    private static Customer customer(ResultSet row) throws SQLException {
        return new Customer(row.getLong(1), row.getString(2), row.getString(3),
                Instant.ofEpochMilli(row.getLong(4)));
    }
}
