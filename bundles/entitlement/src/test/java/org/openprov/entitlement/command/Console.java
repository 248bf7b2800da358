package org.openprov.entitlement.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.testing.DerbyDatabase;
import org.openprov.entitlement.internal.FakeRegistry;
import org.openprov.entitlement.internal.JdbcEntitlementService;
import org.openprov.testing.MovableClock;
import org.openprov.entitlement.internal.RecordingEventAdmin;
import org.openprov.entitlement.internal.Services;

/**
 * What a command test needs: the service on Derby, a faked registry, a clock to move, what
 * the commands printed, and a session that answers prompts with prepared lines.
 */
final class Console {

    final FakeRegistry registry = new FakeRegistry().tenant("acme").tenant("zeta");
    final MovableClock clock = new MovableClock("2026-03-01T09:00:00Z");
    final JdbcEntitlementService service;
    final Deque<String> typed = new ArrayDeque<>();
    final List<String> prompts = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Console(DerbyDatabase db) {
        service = Services.entitlements(db, registry, clock, new RecordingEventAdmin());
    }

    /** Gives a command the services, the clock, this console and its session. */
    <T extends EntitlementAction> T wire(T command) {
        command.entitlements = service;
        command.registry = registry;
        command.clock = clock;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        if (command instanceof LicenseAddCommand add) {
            add.session = session();
        }
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

    private Session session() {
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("readLine")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    prompts.add((String) args[0]);
                    return typed.poll();
                });
    }
}
