package org.openprov.endpoint.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.serving.ServingGate;
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
    private final Object generatorsLock = new Object();
    private volatile List<ConfigGenerator> generators = List.of();
    private Server server;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServingGate gate;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public JettyEndpoint(@Reference DeviceRegistry registry, EndpointConfig config)
            throws Exception {
        this.registry = registry;
        start(config);
    }

    @Modified
    void modified(EndpointConfig config) throws Exception {
        stop();
        start(config);
    }

    @Deactivate
    void deactivate() throws Exception {
        stop();
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

    private void start(EndpointConfig config) throws Exception {
        PhoneDispatcher dispatcher = new PhoneDispatcher(this::generators, registry,
                () -> Optional.ofNullable(gate),
                () -> Optional.ofNullable(clock).orElse(Clock.systemUTC()));
        QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads(), 8);
        threads.setName("openprov-endpoint");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeoutSeconds() * 1000L);
        jetty.addConnector(connector);
        jetty.setErrorHandler(new SilentErrorHandler());
        jetty.setHandler(new PhoneRequestHandler(dispatcher));
        jetty.start();
        server = jetty;
        LOG.info("Phone endpoint listening on http://{}:{}/prov/", config.host(),
                connector.getLocalPort());
    }

    private void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
            LOG.debug("Phone endpoint stopped");
        }
    }
}
