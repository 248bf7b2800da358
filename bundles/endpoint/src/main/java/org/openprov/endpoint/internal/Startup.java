package org.openprov.endpoint.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the platform has finished starting. The endpoint listens as soon as its own bundle
 * runs, while Karaf may still be starting the templates, fetch access and other bundles; a
 * phone that asks for its own file in that moment waits for them rather than being answered
 * 503.
 *
 * <p>Started means both: the framework has started the bundles it had (its system bundle is
 * active: what a restart waits for), and Karaf registered the service named
 * {@value #BOOT_FINISHED}, once the features it boots with are installed and started (what a
 * first start waits for). Where that does not happen (another container, a boot that failed)
 * the platform counts as started {@link #LIMIT_SECONDS} after the endpoint started, and from
 * then on the endpoint answers as it does whenever a part is missing.
 */
final class Startup implements AutoCloseable {

    /** The service Karaf registers when its boot features are started. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    /** How long after the endpoint started it waits for Karaf's boot at most. */
    static final int LIMIT_SECONDS = 60;
    /**
     * How long after the endpoint started a missing part is waited for even once the boot
     * finished: Declarative Services start components that need a configuration a moment
     * later, on their own thread.
     */
    static final int GRACE_SECONDS = 20;
    private static final long POLL_MILLIS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private final CountDownLatch done = new CountDownLatch(1);
    private final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
    private final BundleContext context;
    private final ServiceListener bootListener;
    private final FrameworkListener frameworkListener;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean bootFinished;
    private volatile boolean frameworkStarted;
    /** Until when the parts are waited for even after the boot finished. */
    private final long graceEnd;
    private volatile boolean settled;

    private Startup(BundleContext context) {
        this.context = context;
        this.graceEnd = System.nanoTime()
                + (context == null ? 0 : TimeUnit.SECONDS.toNanos(GRACE_SECONDS));
        if (context == null) {
            this.bootListener = null;
            this.frameworkListener = null;
            finish();
            return;
        }
        this.bootListener = event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                bootFinished = true;
                finishIfStarted();
            }
        };
        this.frameworkListener = event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                frameworkStarted = true;
                finishIfStarted();
            }
        };
        try {
            context.addServiceListener(bootListener, "(objectClass=" + BOOT_FINISHED + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("The boot filter is wrong", e);
        }
        context.addFrameworkListener(frameworkListener);
        if (context.getServiceReference(BOOT_FINISHED) != null) {
            bootFinished = true;
        }
        if (context.getBundle(Constants.SYSTEM_BUNDLE_ID).getState() == Bundle.ACTIVE) {
            frameworkStarted = true;
        }
        finishIfStarted();
    }

    private void finishIfStarted() {
        if (bootFinished && frameworkStarted) {
            finish();
        }
    }

    /** @return a platform already started, as in tests without a container */
    static Startup finished() {
        return new Startup(null);
    }

    /**
     * @param context the endpoint bundle's context
     * @return the platform's startup, finished when Karaf says its boot is
     */
    static Startup ofKaraf(BundleContext context) {
        return new Startup(context);
    }

    private boolean finish() {
        if (finished.compareAndSet(false, true)) {
            done.countDown();
            return true;
        }
        return false;
    }

    /**
     * Waits for the platform to finish starting.
     *
     * @param millis how long at most
     * @return whether it has; also true once {@link #LIMIT_SECONDS} have passed
     */
    boolean await(long millis) {
        if (finished.get() || overdue()) {
            return true;
        }
        try {
            long left = deadline - System.nanoTime();
            return done.await(Math.min(TimeUnit.MILLISECONDS.toNanos(millis), left),
                    TimeUnit.NANOSECONDS) || overdue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finished.get();
        }
    }

    /**
     * @return whether the platform has settled: Karaf's boot finished (or was waited for long
     *         enough) and {@link #GRACE_SECONDS} passed since the endpoint started; from then
     *         on a part missing is missing on purpose
     */
    boolean settled() {
        if (!settled && (finished.get() || overdue()) && System.nanoTime() - graceEnd >= 0) {
            settled = true;
        }
        return settled;
    }

    /**
     * While the platform has not settled, waits until the parts a request needs are present.
     *
     * @param parts whether they are
     * @param millis how long at most
     * @return whether they are present now
     */
    boolean awaitParts(BooleanSupplier parts, long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!parts.getAsBoolean()) {
            if (settled() || System.nanoTime() - end >= 0) {
                return parts.getAsBoolean();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return parts.getAsBoolean();
            }
        }
        return true;
    }

    /** @return whether the wait for Karaf's boot is over without it; then it is finished */
    private boolean overdue() {
        if (System.nanoTime() - deadline < 0) {
            return false;
        }
        if (finish()) {
            LOG.warn("Karaf did not say its boot finished within {} s of the endpoint's start;"
                    + " phones are answered as the parts present allow", LIMIT_SECONDS);
        }
        return true;
    }

    @Override
    public void close() {
        if (context != null) {
            try {
                context.removeServiceListener(bootListener);
                context.removeFrameworkListener(frameworkListener);
            } catch (IllegalStateException stopped) {
                // The bundle is stopping: its listeners go with it.
            }
        }
        finish();
    }
}
