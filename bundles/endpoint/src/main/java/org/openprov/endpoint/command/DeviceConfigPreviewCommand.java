package org.openprov.endpoint.command;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileKind;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.ResolvedValue;
import org.openprov.endpoint.internal.JettyEndpoint;

/** {@code device:config-preview <mac> [--diff]}: what a phone receives now, and why. */
@Command(scope = "device", name = "config-preview", description = "Shows a phone's resolved"
        + " settings, each with where its value comes from, and the file it would receive now;"
        + " secrets masked",
        detailedDescription = "Values come from the device itself or from a template at"
                + " customer, provider or platform level; a locked template value beats the"
                + " levels below it. An EXPIRED phone receives the configuration it had at"
                + " expiry. With --diff, only the lines that changed since the phone last"
                + " fetched each file are shown (- before, + now).")
@Service
public class DeviceConfigPreviewCommand implements Action {

    @Reference
    JettyEndpoint endpoint;

    @Reference
    DeviceRegistry registry;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    String mac;

    @Option(name = "--diff", description = "Show only what changed since the phone's last"
            + " fetch of each file")
    boolean diff;

    @Override
    public Object execute() throws Exception {
        Device device = registered();
        Optional<DeviceConfig> resolved = endpoint.configOf(device);
        if (resolved.isEmpty()) {
            System.out.println("The templates are not running, so phones get 503 for their own"
                    + " files until feature:install openprov-templates; the device's own"
                    + " settings follow");
        }
        DeviceConfig config = resolved.orElseGet(() -> DeviceConfig.ofDevice(device));
        System.out.println("Device " + device.mac().colons() + ": " + device.vendor() + " "
                + device.model() + " of " + device.providerName() + "/" + device.customerName()
                + (config.frozen() ? "; EXPIRED: it receives the configuration it had at"
                        + " expiry, and template changes do not reach it" : ""));
        settings(config).print(System.out);
        config.problems().forEach(p -> System.out.println("Note: " + p));
        Optional<ConfigGenerator> generator = endpoint.generators().stream()
                .filter(g -> g.vendor().equals(device.vendor())).findFirst();
        if (generator.isEmpty()) {
            System.out.println("Vendor " + device.vendor() + " is not installed, so the phone"
                    + " gets 404 for its files; install it with feature:install"
                    + " openprov-vendor-" + device.vendor());
            return null;
        }
        for (FileRequest file : deviceFiles(generator.get(), device)) {
            String now = new String(generator.get().renderDevice(file, config.masked()).body(),
                    StandardCharsets.UTF_8);
            print(device, file.fileName(), now);
        }
        return null;
    }

    private Device registered() throws CommandException {
        Mac parsed = Mac.tryParse(mac).orElseThrow(() -> new CommandException("'" + mac
                + "' is not a MAC address; give 12 hex digits, e.g. 00:15:65:a1:b2:c3"));
        return registry.device(parsed).orElseThrow(() -> new CommandException("MAC "
                + parsed.colons() + " is not registered; see device:list"));
    }

    private static ShellTable settings(DeviceConfig config) {
        ShellTable table = new ShellTable().emptyTableText("No settings: neither the device nor"
                + " any template sets one");
        table.column("Setting");
        table.column("Value").maxSize(50);
        table.column("From");
        for (ResolvedValue value : config.values().values()) {
            table.addRow().addContent(value.name(), value.shown(), value.source());
        }
        return table;
    }

    /** The device's own files, named as its phone asks for them. */
    private static List<FileRequest> deviceFiles(ConfigGenerator generator, Device device) {
        return generator.fileNames().stream().map(n -> n.replace("<mac>", device.mac().hex()))
                .map(n -> generator.recognise(n, "").filter(r -> r.kind() == FileKind.DEVICE))
                .flatMap(Optional::stream).toList();
    }

    private void print(Device device, String fileName, String now) {
        if (!diff) {
            System.out.println("--- " + fileName + " (secrets masked)");
            System.out.print(now.endsWith("\n") ? now : now + "\n");
            return;
        }
        Optional<byte[]> last = registry.servedFile(device.mac(), fileName);
        if (last.isEmpty()) {
            System.out.println("--- " + fileName + ": never fetched; all of it is new");
            return;
        }
        List<String> changes = LineDiff.changes(new String(last.get(), StandardCharsets.UTF_8),
                now);
        System.out.println("--- " + fileName + (changes.isEmpty()
                ? ": unchanged since the last fetch" : ": changed since the last fetch"));
        changes.forEach(System.out::println);
    }
}
