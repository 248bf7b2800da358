package org.openprov.registry.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.karaf.shell.api.console.Session;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.registry.internal.RegistryDatabase;

/**
 * What a command test needs: a registry on Derby, a console to read what the command printed,
 * and a session that answers prompts with prepared lines.
 */
final class ConsoleFixture {

    static final InstalledVendors VENDORS = new InstalledVendors(List.of(
            new StubGenerator("yealink", "Yealink", "T54W\tSIP-T54W\t16",
                    "T31P\tSIP-T31P\t2").asVendor(),
            new StubGenerator("polycom", "Poly", "VVX450\tVVX 450\t12").asVendor()));

    final DeviceRegistry registry;
    final Deque<String> typed = new ArrayDeque<>();
    final List<Character> masks = new ArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    ConsoleFixture(RegistryDatabase db) {
        this.registry = db.registry(Clock.systemUTC());
    }

    /** Gives a command the registry and this console. */
    <T extends RegistryAction> T wire(T command) {
        command.registry = registry;
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return command;
    }

    /** Whether the session has no terminal to ask on. */
    boolean noTerminal;

    /** @return a session whose readLine answers with {@link #typed}, recording the mask */
    Session session() {
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("readLine")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (noTerminal) {
                        // What Karaf's session does when run from bin/client -b or a script.
                        throw new UnsupportedOperationException();
                    }
                    masks.add((Character) args[1]);
                    return typed.poll();
                });
    }

    /** @return everything the commands printed so far */
    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
