package org.openprov.endpoint.internal;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Builds an {@link EndpointConfig} as Declarative Services would: unset keys take defaults. */
final class TestConfig {

    private final Map<String, Object> values = new HashMap<>();

    /** @return a configuration listening on 127.0.0.1 over plain HTTP on the port */
    static TestConfig http(int port) {
        return new TestConfig().set("host", "127.0.0.1").set("port", port)
                .set("maxThreads", 16);
    }

    /** @return this, with the key set */
    TestConfig set(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** @return the configuration */
    EndpointConfig build() {
        Map<String, Object> copy = Map.copyOf(values);
        return (EndpointConfig) Proxy.newProxyInstance(TestConfig.class.getClassLoader(),
                new Class<?>[] {EndpointConfig.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "annotationType":
                            return EndpointConfig.class;
                        case "toString":
                            return "EndpointConfig" + copy.keySet();
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return copy.getOrDefault(method.getName(), method.getDefaultValue());
                    }
                });
    }
}
