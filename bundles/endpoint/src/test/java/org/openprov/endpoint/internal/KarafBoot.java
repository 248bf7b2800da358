package org.openprov.endpoint.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;

/** A bundle context in which Karaf's boot finishes when a test says so. */
final class KarafBoot {

    final List<ServiceListener> listeners = new CopyOnWriteArrayList<>();
    final List<String> filters = new CopyOnWriteArrayList<>();
    private volatile boolean finished;
    private final ServiceReference<?> bootFinished = (ServiceReference<?>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ServiceReference.class},
            (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    /** @param finished whether the boot finished before the endpoint started */
    KarafBoot(boolean finished) {
        this.finished = finished;
    }

    /** Karaf registers its BootFinished service. */
    void finish() {
        finished = true;
        ServiceEvent event = new ServiceEvent(ServiceEvent.REGISTERED, bootFinished);
        listeners.forEach(l -> l.serviceChanged(event));
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
