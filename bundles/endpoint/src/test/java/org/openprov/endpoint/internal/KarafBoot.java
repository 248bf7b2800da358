package org.openprov.endpoint.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

/**
 * A bundle context in which the framework starts and Karaf's boot finishes when a test says
 * so.
 */
final class KarafBoot {

    final List<ServiceListener> listeners = new CopyOnWriteArrayList<>();
    final List<FrameworkListener> frameworkListeners = new CopyOnWriteArrayList<>();
    final List<String> filters = new CopyOnWriteArrayList<>();
    private volatile boolean finished;
    private volatile boolean frameworkStarted;
    private final ServiceReference<?> bootFinished = (ServiceReference<?>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ServiceReference.class},
            (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    /**
     * @param finished whether Karaf's boot finished before the endpoint started
     * @param frameworkStarted whether the framework had started its bundles then
     */
    KarafBoot(boolean finished, boolean frameworkStarted) {
        this.finished = finished;
        this.frameworkStarted = frameworkStarted;
    }

    /** Karaf registers its BootFinished service. */
    void finish() {
        finished = true;
        ServiceEvent event = new ServiceEvent(ServiceEvent.REGISTERED, bootFinished);
        listeners.forEach(l -> l.serviceChanged(event));
    }

    /** The framework has started the bundles it had. */
    void frameworkStarted() {
        frameworkStarted = true;
        FrameworkEvent event = new FrameworkEvent(FrameworkEvent.STARTED, systemBundle(), null);
        frameworkListeners.forEach(l -> l.frameworkEvent(event));
    }

    private Bundle systemBundle() {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Bundle.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getState")) {
                        return frameworkStarted ? Bundle.ACTIVE : Bundle.STARTING;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addServiceListener" -> {
                            listeners.add((ServiceListener) args[0]);
                            filters.add((String) args[1]);
                            return null;
                        }
                        case "removeServiceListener" -> {
                            listeners.remove(args[0]);
                            return null;
                        }
                        case "addFrameworkListener" -> {
                            frameworkListeners.add((FrameworkListener) args[0]);
                            return null;
                        }
                        case "removeFrameworkListener" -> {
                            frameworkListeners.remove(args[0]);
                            return null;
                        }
                        case "getBundle" -> {
                            if (args == null || !Long.valueOf(0).equals(args[0])) {
                                throw new AssertionError("asked for a bundle but the system's");
                            }
                            return systemBundle();
                        }
                        case "getServiceReference" -> {
                            if (!Startup.BOOT_FINISHED.equals(args[0])) {
                                throw new AssertionError("asked for " + args[0]);
                            }
                            return finished ? bootFinished : null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
