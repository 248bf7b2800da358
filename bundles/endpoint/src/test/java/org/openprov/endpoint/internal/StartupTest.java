package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class StartupTest {

    /** A first start: the framework has started, the boot features are being installed. */
    private final KarafBoot boot = new KarafBoot(false, true);

    @Test
    public void notStartedUntilKarafSaysItsBootFinished() {
        Startup startup = Startup.ofKaraf(boot.context());
        assertEquals(List.of("(objectClass=" + Startup.BOOT_FINISHED + ")"), boot.filters);
        assertFalse(startup.await(20));
        boot.finish();
        assertTrue(startup.await(0));
        startup.close();
        assertTrue(boot.listeners.isEmpty());
        assertTrue(boot.frameworkListeners.isEmpty());
    }

    @Test
    public void aRestartWaitsForTheFrameworkToStartItsBundles() {
        // Karaf says its boot finished at once (its features are installed), while the
        // framework still starts the bundles of the last run.
        KarafBoot restart = new KarafBoot(true, false);
        Startup startup = Startup.ofKaraf(restart.context());
        assertFalse(startup.await(20));
        restart.frameworkStarted();
        assertTrue(startup.await(0));
    }

    @Test
    public void startedAtOnceWhenTheBootFinishedBefore() {
        assertTrue(Startup.ofKaraf(new KarafBoot(true, true).context()).await(0));
        assertTrue(Startup.finished().await(0));
    }

    @Test
    public void aWaitingPhoneGoesOnWhenTheBootFinishes() throws Exception {
        Startup startup = Startup.ofKaraf(boot.context());
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(
                () -> startup.await(TimeUnit.MINUTES.toMillis(1)));
        Thread.sleep(50);
        assertFalse(waited.isDone());
        boot.finish();
        assertTrue(waited.get(30, TimeUnit.SECONDS));
    }

    @Test
    public void untilSettledAMissingPartIsWaitedFor() throws Exception {
        KarafBoot booted = new KarafBoot(true, true);
        Startup startup = Startup.ofKaraf(booted.context());
        assertFalse(startup.settled()); // within the grace after the start
        java.util.concurrent.atomic.AtomicBoolean present =
                new java.util.concurrent.atomic.AtomicBoolean();
        assertFalse(startup.awaitParts(present::get, 30));
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(
                () -> startup.awaitParts(present::get, TimeUnit.MINUTES.toMillis(1)));
        Thread.sleep(50);
        assertFalse(waited.isDone());
        present.set(true);
        assertTrue(waited.get(30, TimeUnit.SECONDS));
        // Without a container nothing is waited for.
        Startup none = Startup.finished();
        assertTrue(none.settled());
        assertFalse(CompletableFuture.supplyAsync(() -> none.awaitParts(() -> false,
                TimeUnit.MINUTES.toMillis(10))).get(30, TimeUnit.SECONDS));
    }

    @Test
    public void closingReleasesWhoeverWaits() throws Exception {
        Startup startup = Startup.ofKaraf(boot.context());
        CompletableFuture<Boolean> waited = CompletableFuture.supplyAsync(
                () -> startup.await(TimeUnit.MINUTES.toMillis(1)));
        startup.close();
        assertTrue(waited.get(30, TimeUnit.SECONDS));
    }
}
