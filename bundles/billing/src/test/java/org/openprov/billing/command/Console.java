package org.openprov.billing.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.openprov.billing.internal.BillingFixture;
import org.openprov.testing.DerbyDatabase;

/**
 * What a command test needs: the service on Derby with its fakes and clock, and what the
 * commands printed.
 */
final class Console {

    final BillingFixture billing;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Console(DerbyDatabase db) {
        billing = new BillingFixture(db);
    }

    /** Gives a command the services, the clock and this console. */
    <T extends BillingAction> T wire(T command) {
        command.billing = billing.service;
        command.registry = billing.registry;
        command.clock = billing.clock;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return command;
    }

    /**
     * @return everything printed so far, then forgets it; table rules in ASCII, as
     *     {@code ShellTable} draws them where the console has no Unicode
     */
    String printed() {
        String text = printed.toString(StandardCharsets.UTF_8).replace('│', '|')
                .replace('─', '-').replace('┼', '+');
        printed.reset();
        return text;
    }
}
