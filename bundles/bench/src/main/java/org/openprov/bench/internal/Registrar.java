package org.openprov.bench.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.openprov.api.registry.Customer;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.NewDevice;
import org.openprov.api.registry.PlanChoice;
import org.openprov.api.registry.Provider;
import org.openprov.api.registry.SipLine;

/**
 * Registers the phones of a {@link BenchPlan} through the {@link DeviceRegistry} service, as
 * {@code device:add} and {@code device:line-set} would, on the monthly plan, and times it.
 */
public final class Registrar {

    /** The registrar every benchmark line points to; a reserved example domain. */
    public static final String SIP_SERVER = "pbx.example.com";
    private static final String PASSWORD_CHARACTERS =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    private final DeviceRegistry registry;
    private final Supplier<String> passwords;

    /**
     * @param registry where to register
     * @param passwords makes each line's SIP password; never printed
     */
    public Registrar(DeviceRegistry registry, Supplier<String> passwords) {
        this.registry = registry;
        this.passwords = passwords;
    }

    /** @return a registrar giving each line its own random password */
    public static Registrar withRandomPasswords(DeviceRegistry registry) {
        SecureRandom random = new SecureRandom();
        return new Registrar(registry, () -> randomPassword(random));
    }

    private static String randomPassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(
                    random.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }

    /**
     * What a registration took.
     *
     * @param phones how many phones were registered
     * @param elapsed how long registering them took, providers and customers excluded
     */
    public record Result(int phones, Duration elapsed) {

        /** @return phones registered per second */
        public double perSecond() {
            return phones / Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }
    }

    /**
     * Adds the plan's providers and customers that do not exist yet.
     *
     * @param plan the plan
     * @return how many providers and customers were added
     */
    public int prepare(BenchPlan plan) {
        Set<String> providers = new HashSet<>();
        registry.providers().stream().map(Provider::name).forEach(providers::add);
        int added = 0;
        for (String provider : plan.providerNames()) {
            if (providers.add(provider)) {
                registry.addProvider(provider);
                added++;
            }
            Set<String> customers = new HashSet<>();
            registry.customers(provider).stream().map(Customer::name).forEach(customers::add);
            for (String customer : plan.customerNames()) {
                if (customers.add(customer)) {
                    registry.addCustomer(provider, customer);
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * Registers every phone of the plan, each with its line 1, on {@code threads} threads.
     * Stops at the first failure, such as a MAC already registered.
     *
     * @param plan the plan, whose providers and customers exist ({@link #prepare})
     * @param threads how many phones are registered at once
     * @param progress told the number of phones done, about once a second, from the calling
     *        thread
     * @return the count and the time taken
     * @throws InterruptedException if interrupted while waiting for the workers
     */
    public Result register(BenchPlan plan, int threads, IntConsumer progress)
            throws InterruptedException {
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("--threads must be from 1 to 64");
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> work(plan, next, done)));
            }
            await(workers, done, progress);
        } catch (InterruptedException | RuntimeException stopped) {
            next.set(plan.count());
            throw stopped;
        } finally {
            // Workers are not interrupted: an interrupt inside a JDBC call may close the
            // database connection for everyone; they stop at their next phone instead.
            pool.shutdown();
        }
        return new Result(done.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private void work(BenchPlan plan, AtomicInteger next, AtomicInteger done) {
        for (int i = next.getAndIncrement(); i < plan.count(); i = next.getAndIncrement()) {
            registerOne(plan.phone(i));
            done.incrementAndGet();
        }
    }

    private void registerOne(BenchPlan.Phone phone) {
        registry.addDevice(new NewDevice(phone.mac(), phone.provider(), phone.customer(),
                phone.vendor().id(), phone.vendor().model(), "bench", PlanChoice.MONTHLY));
        registry.setLine(phone.mac(), new SipLine(1, phone.sipUser(), null, passwords.get(),
                null, null, SIP_SERVER, 0, null));
    }

    /** Waits for every worker; the first failure is thrown (the caller stops the others). */
    private static void await(List<Future<?>> workers, AtomicInteger done, IntConsumer progress)
            throws InterruptedException {
        for (Future<?> worker : workers) {
            while (true) {
                try {
                    worker.get(1, TimeUnit.SECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    progress.accept(done.get());
                } catch (ExecutionException failed) {
                    throw rethrown(failed.getCause());
                }
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
