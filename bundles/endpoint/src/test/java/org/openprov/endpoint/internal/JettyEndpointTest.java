package org.openprov.endpoint.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Optional;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openprov.api.registry.DeviceRegistry;

/** The endpoint on a real Jetty: answers, and survives a bad configuration change. */
public class JettyEndpointTest {

    private JettyEndpoint endpoint;
    private int port;

    @Before
    public void setUp() throws Exception {
        port = freePort();
        endpoint = new JettyEndpoint(registry(), config("127.0.0.1", port, 16));
    }

    @After
    public void tearDown() throws Exception {
        endpoint.deactivate();
    }

    @Test
    public void unknownFilesGetAnEmptyNotFound() throws IOException {
        HttpURLConnection c = open(port, "/prov/001565a1b2c3.cfg");
        assertEquals(404, c.getResponseCode());
        assertEquals("0", c.getHeaderField("Content-Length"));
        assertEquals(null, c.getHeaderField("Server"));
    }

    @Test
    public void aPortInUseKeepsTheEndpointWhereItWas() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            endpoint.modified(config("127.0.0.1", taken.getLocalPort(), 16));
        }
        assertEquals(404, open(port, "/prov/x.cfg").getResponseCode());
    }

    @Test
    public void invalidValuesAreIgnored() throws Exception {
        endpoint.modified(config("127.0.0.1", 70000, 16));
        endpoint.modified(config("127.0.0.1", freePort(), 2));
        assertEquals(404, open(port, "/prov/x.cfg").getResponseCode());
        assertFalse(JettyEndpoint.problem(config("127.0.0.1", 0, 16)) == null);
    }

    @Test
    public void aGoodChangeMovesTheListener() throws Exception {
        int next = freePort();
        endpoint.modified(config("127.0.0.1", next, 16));
        assertEquals(404, open(next, "/prov/x.cfg").getResponseCode());
    }

    private static HttpURLConnection open(int port, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + port + path)
                .openConnection();
        c.setConnectTimeout(2000);
        c.setReadTimeout(5000);
        return c;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static DeviceRegistry registry() {
        return (DeviceRegistry) Proxy.newProxyInstance(JettyEndpointTest.class.getClassLoader(),
                new Class<?>[] {DeviceRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("device")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static EndpointConfig config(String host, int port, int threads) {
        return TestConfig.http(port).set("host", host).set("maxThreads", threads).build();
    }
}
