package org.openprov.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Provider;
import org.openprov.api.settings.DeviceConfig;

/**
 * Writes the files the benchmark phones fetch, rendered by the installed generators exactly as
 * the endpoint renders them, into one folder a static web server can serve as the reference.
 * Rendering here records no delivery: no phone's first configuration starts.
 */
public final class Exporter {

    private final DeviceRegistry registry;
    private final Map<String, ConfigGenerator> generators;
    private final Function<Device, DeviceConfig> configs;

    /**
     * @param registry where the benchmark phones are registered
     * @param generators the generators installed now, by vendor id
     * @param configs resolves a device's configuration as the endpoint does
     */
    public Exporter(DeviceRegistry registry, Map<String, ConfigGenerator> generators,
            Function<Device, DeviceConfig> configs) {
        this.registry = registry;
        this.generators = Map.copyOf(generators);
        this.configs = configs;
    }

    /**
     * What an export wrote.
     *
     * @param devices the phones whose own file was written
     * @param commonFiles the vendors' common files written
     * @param skipped benchmark phones left out: their vendor is not installed or unknown here
     * @param bytes the bytes written in all
     * @param elapsed how long it took
     */
    public record Result(int devices, int commonFiles, int skipped, long bytes,
            Duration elapsed) {
    }

    /**
     * @param folder where to write; created if missing; files there are replaced
     * @return what was written
     * @throws IOException if a file cannot be written
     */
    public Result export(Path folder) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(folder);
        Counts counts = new Counts();
        for (BenchVendor vendor : BenchVendor.values()) {
            writeCommonFiles(folder, vendor, counts);
        }
        for (String provider : benchProviders()) {
            for (Device device : registry.devices(provider, null)) {
                writeOwnFile(folder, device, counts);
            }
        }
        return new Result(counts.devices, counts.common, counts.skipped, counts.bytes,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private String[] benchProviders() {
        return registry.providers().stream().map(Provider::name)
                .filter(n -> n.startsWith(BenchPlan.PROVIDER_PREFIX)).toArray(String[]::new);
    }

    private void writeCommonFiles(Path folder, BenchVendor vendor, Counts counts)
            throws IOException {
        ConfigGenerator generator = generators.get(vendor.id());
        if (generator == null) {
            return;
        }
        for (String name : vendor.commonFiles()) {
            FileRequest request = request(generator, name, FileKind.COMMON);
            counts.bytes += write(folder, name, generator.renderCommon(request));
            counts.common++;
        }
    }

    private void writeOwnFile(Path folder, Device device, Counts counts) throws IOException {
        Optional<BenchVendor> vendor = Arrays.stream(BenchVendor.values())
                .filter(v -> v.id().equals(device.vendor())).findFirst();
        ConfigGenerator generator = generators.get(device.vendor());
        if (vendor.isEmpty() || generator == null) {
            counts.skipped++;
            return;
        }
        String name = vendor.get().ownFile(device.mac());
        FileRequest request = request(generator, name, FileKind.DEVICE);
        counts.bytes += write(folder, name, generator.renderDevice(request,
                configs.apply(device)));
        counts.devices++;
    }

    private static FileRequest request(ConfigGenerator generator, String name, FileKind kind) {
        return generator.recognise(name, "").filter(r -> r.kind() == kind)
                .orElseThrow(() -> new IllegalStateException("Vendor " + generator.vendor()
                        + " does not read " + name + " as a " + kind + " file; the benchmark's"
                        + " vendor table is out of step with the generator"));
    }

    private static long write(Path folder, String name, RenderedFile file) throws IOException {
        Files.write(folder.resolve(name), file.body());
        return file.body().length;
    }

    /** Tallies of one export. */
    private static final class Counts {
        int devices;
        int common;
        int skipped;
        long bytes;
    }
}
