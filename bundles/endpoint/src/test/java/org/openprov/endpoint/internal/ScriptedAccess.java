package org.openprov.endpoint.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.openprov.api.access.AccessVerdict;
import org.openprov.api.access.FetchAccess;
import org.openprov.api.access.FetchAttempt;
import org.openprov.api.access.FetchEvent;
import org.openprov.api.registry.Mac;

/**
 * Fetch access for unit tests of the dispatcher: answers what a script says (by default, serve
 * every registered device in open mode) and keeps what it was asked and told.
 */
final class ScriptedAccess implements FetchAccess {

    final List<FetchAttempt> attempts = new ArrayList<>();
    final List<FetchEvent> events = new ArrayList<>();
    volatile BiFunction<FetchAttempt, Boolean, AccessVerdict> script = (a, registered) ->
            registered ? AccessVerdict.serve(Optional.empty(), 0, "open mode")
                    : AccessVerdict.refuse("device " + a.mac() + " is not registered");
    volatile Optional<AccessVerdict> ban = Optional.empty();

    @Override
    public Optional<AccessVerdict> banned(String source, Instant now) {
        return ban;
    }

    @Override
    public synchronized AccessVerdict admit(FetchAttempt attempt, boolean registered) {
        attempts.add(attempt);
        return script.apply(attempt, registered);
    }

    final List<FetchAttempt> claims = new ArrayList<>();
    volatile boolean claimWins = true;

    @Override
    public synchronized boolean claimFirstContact(FetchAttempt attempt) {
        claims.add(attempt);
        return claimWins;
    }

    @Override
    public synchronized void record(Mac mac, FetchEvent event) {
        events.add(event);
    }
}
