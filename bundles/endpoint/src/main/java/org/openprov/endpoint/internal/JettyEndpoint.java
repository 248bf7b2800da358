package org.openprov.endpoint.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openprov.api.access.FetchAccess;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.serving.ServingGate;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone endpoint: an Eclipse Jetty server owned by this bundle, serving {@code GET} and
 * {@code HEAD} under {@code /prov/}. Vendor generators come and go while it runs; each request
 * uses the generators present when it arrives.
 */
@Component(service = JettyEndpoint.class, immediate = true,
        configurationPid = "org.openprov.endpoint",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = EndpointConfig.class)
public final class JettyEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(JettyEndpoint.class);

    private final DeviceRegistry registry;
    private final Startup startup;
    private final Object generatorsLock = new Object();
    private volatile List<ConfigGenerator> generators = List.of();
    /** Jetty needs threads for accepting and selecting before any request is served. */
    private static final int MIN_THREADS = 8;

    private Server server;
    private Listeners current;
    private PhoneDispatcher dispatcher;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServingGate gate;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    /** The templates; without them a device is rendered from its own settings alone. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigResolver resolver;

    /** Who may fetch a phone's own files; without it those answer 503 (fail closed). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile FetchAccess access;

    /** Where Poly phones' uploads are kept; without it every PUT answers 404. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile UploadStore uploads;

    public JettyEndpoint(DeviceRegistry registry, EndpointConfig config) throws Exception {
        this(registry, config, null);
    }

    /**
     * @param registry the devices
     * @param config the configuration
     * @param context the bundle's context, through which Karaf tells when its boot finished;
     *        null outside a container (the platform counts as started)
     */
    @Activate
    public JettyEndpoint(@Reference DeviceRegistry registry, EndpointConfig config,
            BundleContext context) throws Exception {
        this.registry = registry;
        this.startup = context == null ? Startup.finished() : Startup.ofKaraf(context);
        Listeners listeners;
        try {
            listeners = listeners(config);
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("The phone endpoint cannot start: "
                    + problem.getMessage() + "; fix etc/org.openprov.endpoint.cfg", problem);
        }
        start(listeners);
    }

    /**
     * Applies a changed configuration. A value that is wrong, a key store that cannot be
     * opened, or an address that cannot be bound, leaves the endpoint listening where it was,
     * so a typo never takes phones offline.
     */
    @Modified
    void modified(EndpointConfig config) throws Exception {
        Listeners next;
        try {
            next = listeners(config);
        } catch (IllegalArgumentException problem) {
            LOG.error("Ignoring the changed etc/org.openprov.endpoint.cfg: {}; phones are still"
                    + " served on {}", problem.getMessage(), current.describe());
            return;
        }
        Listeners previous = current;
        stop();
        try {
            start(next);
        } catch (Exception e) {
            LOG.error("Cannot listen on {} ({}); listening on {} again", next.describe(),
                    e.getMessage(), previous.describe());
            start(previous);
        }
    }

    /** @return what is wrong with the configuration, or null when it can be used */
    static String problem(EndpointConfig config) {
        try {
            listeners(config);
            return null;
        } catch (IllegalArgumentException problem) {
            return problem.getMessage();
        }
    }

    /** @return the listeners of a configuration; IllegalArgumentException says what is wrong */
    private static Listeners listeners(EndpointConfig config) {
        String problem = basicProblem(config);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return Listeners.of(config);
    }

    private static String basicProblem(EndpointConfig config) {
        try {
            if (config.port() < 1 || config.port() > 65535) {
                return "port " + config.port() + " is not between 1 and 65535";
            }
            if (config.maxThreads() < MIN_THREADS) {
                return "maxThreads " + config.maxThreads() + " is below " + MIN_THREADS;
            }
            String url = config.publicUrl() == null ? "" : config.publicUrl().trim();
            if (!url.isEmpty() && !url.matches("https?://[A-Za-z0-9.\\[\\]:-]+(/[A-Za-z0-9._~/-]*)?")) {
                return "publicUrl " + url + " is not an http:// or https:// URL of this"
                        + " endpoint, e.g. https://prov.example.net:8443";
            }
            if (config.idleTimeoutSeconds() < 1) {
                return "idleTimeoutSeconds must be at least 1";
            }
            return config.host() == null || config.host().isBlank() ? "host is empty" : null;
        } catch (RuntimeException notANumber) {
            return "a value is not a number (" + notANumber.getMessage() + ")";
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        startup.close();
        stop();
    }

    /**
     * @param device a registered device
     * @return the configuration it receives now, resolved across its templates; empty while
     *         the templates bundle is not running, when phones are answered 503 rather than
     *         given a file without their templates' values (an EXPIRED phone's frozen file
     *         among them)
     */
    public Optional<DeviceConfig> configOf(Device device) {
        ConfigResolver templates = resolver;
        return templates == null ? Optional.empty() : Optional.of(templates.resolve(device));
    }

    /** @return the templates' version, or -1 while templates are absent (see configOf) */
    long configVersion() {
        ConfigResolver templates = resolver;
        return templates == null ? -1 : templates.version();
    }

    /** @return the generators present now, a snapshot safe to iterate */
    public List<ConfigGenerator> generators() {
        return generators;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addGenerator(ConfigGenerator generator, Map<String, Object> properties) {
        synchronized (generatorsLock) {
            List<ConfigGenerator> next = new ArrayList<>(generators);
            next.add(generator);
            generators = List.copyOf(next);
        }
        LOG.info("Vendor {} ({}) is now served, {} model(s)", generator.vendor(),
                generator.displayName(), generator.models().models().size());
    }

    void removeGenerator(ConfigGenerator generator) {
        synchronized (generatorsLock) {
            List<ConfigGenerator> next = new ArrayList<>(generators);
            next.remove(generator);
            generators = List.copyOf(next);
        }
        LOG.info("Vendor {} is no longer served; its files answer 404", generator.vendor());
    }

    private void start(Listeners listeners) throws Exception {
        EndpointConfig config = listeners.config();
        PhoneDispatcher dispatcher = new PhoneDispatcher(this::generators, registry,
                this::configOf, this::configVersion, () -> Optional.ofNullable(gate),
                () -> Optional.ofNullable(access),
                () -> Optional.ofNullable(clock).orElse(Clock.systemUTC()), startup);
        QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads(), 8);
        threads.setName("openprov-endpoint");
        Server jetty = new Server(threads);
        listeners.addTo(jetty);
        jetty.setErrorHandler(new SilentErrorHandler());
        jetty.setHandler(new PhoneRequestHandler(dispatcher, () -> uploads, config.publicUrl()));
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
        server = jetty;
        current = listeners;
        this.dispatcher = dispatcher;
        LOG.info("Phone endpoint listening on {}", listeners.describe());
    }

    private void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
            dispatcher.close();
            LOG.debug("Phone endpoint stopped");
        }
    }
}
