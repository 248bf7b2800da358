package org.openprov.endpoint.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.openprov.api.registry.Device;
import org.openprov.api.registry.DeviceRegistry;
import org.openprov.api.registry.Mac;
import org.openprov.endpoint.internal.StoredUpload;
import org.openprov.endpoint.internal.UploadKind;
import org.openprov.endpoint.internal.UploadStore;

/** {@code device:uploads <mac> [--show <kind>]}: what a Poly phone uploaded. */
@Command(scope = "device", name = "uploads", description = "Lists the files a Poly phone"
        + " uploaded (logs, settings changed on the phone, contacts, call lists), newest first",
        detailedDescription = "Poly phones upload with PUT to the provisioning URL; OpenProv"
                + " keeps the newest files of each kind within the limits of"
                + " etc/org.openprov.uploads.cfg. With --show, the newest log, contact"
                + " directory or call list is printed, at most " + DeviceUploadsCommand.LINES
                + " lines. Settings files (phone-cfg, web-cfg) are never printed: they may"
                + " hold passwords.")
@Service
public class DeviceUploadsCommand implements Action {

    /** The most lines --show prints. */
    static final int LINES = 200;
    /** The most characters --show prints of one line; a log line is far shorter. */
    static final int LINE_CHARS = 1000;

    /** UTC, named, as the other device commands write times. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Reference(optional = true)
    UploadStore uploads;

    @Reference
    DeviceRegistry registry;

    @Argument(index = 0, name = "mac", required = true,
            description = "The phone's MAC address, in any usual form")
    String mac;

    @Option(name = "--show", description = "Print the newest upload of a kind: boot-log,"
            + " app-log, directory or calls; phone-cfg and web-cfg are never printed")
    @Completion(value = StringsCompleter.class, values = {"boot-log", "app-log", "directory",
        "calls", "phone-cfg", "web-cfg"})
    String show;

    @Override
    public Object execute() throws Exception {
        Mac parsed = Mac.tryParse(mac).orElseThrow(() -> new CommandException("'" + mac
                + "' is not a MAC address; give 12 hex digits, e.g. 00:04:f2:a1:b2:c3"));
        if (uploads == null) {
            throw new CommandException("Uploads are not kept now: the upload store is not"
                    + " running; check etc/org.openprov.uploads.cfg and log:display");
        }
        if (show != null) {
            show(parsed, kind(show), System.out);
            return null;
        }
        Optional<Device> device = registry.device(parsed);
        List<StoredUpload> list = uploads.uploads(parsed);
        if (device.isEmpty() && list.isEmpty()) {
            throw new CommandException("MAC " + parsed.colons() + " is not registered; see"
                    + " device:list");
        }
        System.out.println(heading(parsed, device));
        table(list, uploads.root()).print(System.out);
        return null;
    }

    private String heading(Mac parsed, Optional<Device> device) {
        String who = device.map(d -> d.vendor() + " " + d.model())
                .orElse("no longer registered");
        return "Uploads of " + parsed.colons() + " (" + who + "), kept under " + uploads.root();
    }

    static ShellTable table(List<StoredUpload> list, Path root) {
        ShellTable table = new ShellTable().emptyTableText("No uploads kept. Poly phones"
                + " upload <mac>-boot.log while booting, <mac>-app.log now and then and on"
                + " reboot, <mac>-phone.cfg or <mac>-web.cfg when a setting is changed on the"
                + " phone or its web page, <mac>-directory.xml and <mac>-calls.xml when"
                + " contacts or call lists change. Other vendors do not upload.");
        table.column("Kind");
        table.column("File stored");
        table.column("Size").alignRight();
        table.column("Time");
        for (StoredUpload u : list) {
            table.addRow().addContent(u.kind().id(), root.relativize(u.file()), u.size(),
                    TIME.format(u.time()));
        }
        return table;
    }

    private static UploadKind kind(String id) throws CommandException {
        return UploadKind.ofId(id.trim()).orElseThrow(() -> new CommandException("No kind '"
                + id + "'; give one of " + Arrays.stream(UploadKind.values())
                        .map(UploadKind::id).collect(Collectors.joining(", "))));
    }

    private void show(Mac parsed, UploadKind kind, PrintStream out) throws IOException {
        Optional<StoredUpload> latest = uploads.latest(parsed, kind);
        if (latest.isEmpty()) {
            out.println("No " + kind.id() + " upload of " + parsed.colons() + " is kept");
            return;
        }
        StoredUpload upload = latest.get();
        if (kind.secret()) {
            out.println(kind.id() + " not shown: may hold passwords; the file is at "
                    + upload.file());
            return;
        }
        out.println("--- " + kind.id() + " of " + parsed.colons() + ", " + upload.size()
                + " bytes, " + TIME.format(upload.time()));
        print(upload, out);
    }

    /** Prints at most {@link #LINES} lines, with the phone's control characters made visible. */
    static void print(StoredUpload upload, PrintStream out) throws IOException {
        // This reader replaces bytes that are not UTF-8 rather than failing on them.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Files.newInputStream(upload.file()), StandardCharsets.UTF_8))) {
            int lines = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (lines == LINES) {
                    out.println("--- truncated after " + LINES + " lines; the file is at "
                            + upload.file());
                    return;
                }
                out.println(printable(line));
                lines++;
            }
        }
    }

    /**
     * A phone writes what it likes: escape sequences could move the administrator's cursor or
     * retitle the terminal, so every control character but the tab is shown as {@code ?}.
     */
    static String printable(String line) {
        String cut = line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS) + "..." : line;
        return cut.replaceAll("[\\p{Cc}&&[^\\t]]", "?");
    }
}
