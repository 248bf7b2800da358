package org.openprov.templates.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.templates.internal.FakeEntitlements;
import org.openprov.templates.internal.FakeRegistry;
import org.openprov.templates.internal.JdbcTemplateService;
import org.openprov.templates.internal.Services;
import org.openprov.testing.DerbyDatabase;
import org.openprov.testing.MovableClock;

/**
 * What a command test needs: the service on Derby, a faked registry and entitlement service,
 * what the commands printed, and a session that answers prompts with prepared lines (or has
 * no terminal, when none are prepared and {@link #terminal} is false).
 */
final class Console {

    final FakeRegistry registry = new FakeRegistry().tenant("acme", "dental", "main")
            .tenant("zeta", "main");
    final FakeEntitlements entitlements = new FakeEntitlements();
    final MovableClock clock = new MovableClock("2026-03-01T09:00:00Z");
    final JdbcTemplateService service;
    final Deque<String> typed = new ArrayDeque<>();
    boolean terminal = true;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Console(DerbyDatabase db) {
        service = Services.templates(db, registry, clock, entitlements);
    }

    /** Gives a command the services, the clock, this console and its session. */
    <T extends TemplateAction> T wire(T command) {
        command.templates = service;
        command.entitlements = entitlements;
        command.clock = clock;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        if (command instanceof TemplateRemoveCommand remove) {
            remove.session = session();
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
                    if (!method.getName().equals("readLine") || !terminal) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return typed.poll();
                });
    }
}
