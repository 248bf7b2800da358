package org.openprov.bench.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.settings.ConfigResolver;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.bench.internal.Exporter;
import org.osgi.framework.BundleContext;

/** {@code bench:export <folder>}. */
@Command(scope = "bench", name = "export", description = "Writes the own file of every"
        + " benchmark phone (providers bench-*), and the common files of Yealink and Poly,"
        + " rendered as the endpoint renders them now and named as the phones request them, into"
        + " one folder, for a static web server to serve as the reference. Records no delivery."
        + " The files hold the phones' SIP passwords: keep the folder private and delete it")
@Service
public class BenchExportCommand implements Action {

    @Reference
    DeviceRegistry registry;

    @Reference
    BundleContext context;

    /** The templates; without them a phone is rendered from its own settings, as the endpoint. */
    @Reference(optional = true)
    ConfigResolver resolver;

    @Argument(index = 0, name = "folder", required = true, description = "Where to write the"
            + " files; created if missing, files in it replaced")
    String folder;

    /** Where the command writes; Karaf routes {@code System.out} to the session's console. */
    PrintStream out = System.out;

    @Override
    public Object execute() throws Exception {
        Path target = Path.of(folder).toAbsolutePath();
        Exporter.Result result;
        try (InstalledGenerators installed = generators()) {
            result = new Exporter(registry, installed.byVendor(), configs()).export(target);
        }
        out.println(String.format(Locale.ROOT, "Exported %d phones' own files and %d common"
                + " files (%.1f MB) to %s in %.3f s; %d phone(s) skipped (vendor not installed)",
                result.devices(), result.commonFiles(), result.bytes() / 1e6, target,
                result.elapsed().toNanos() / 1e9, result.skipped()));
        return null;
    }

    private Function<Device, DeviceConfig> configs() {
        ConfigResolver templates = resolver;
        return templates == null ? DeviceConfig::ofDevice : templates::resolve;
    }

    /** @return the vendors installed now; a test replaces this */
    InstalledGenerators generators() {
        return InstalledGenerators.of(context);
    }
}
