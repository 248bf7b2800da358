package org.openprov.bench.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.registry.Mac;
import org.openprov.api.settings.DeviceConfig;

/**
 * A generator that reads a common name and a device name with a MAC, and renders a line
 * naming the vendor, the file and the device's SIP user.
 */
public final class StubGenerator implements ConfigGenerator {

    private final String vendor;
    private final String common;
    private final Pattern device;

    /**
     * @param vendor the vendor id
     * @param common the one common file name it reads
     * @param devicePattern a device file name, the MAC in group 1
     */
    public StubGenerator(String vendor, String common, String devicePattern) {
        this.vendor = vendor;
        this.common = common;
        this.device = Pattern.compile(devicePattern, Pattern.CASE_INSENSITIVE);
    }

    @Override
    public String vendor() {
        return vendor;
    }

    @Override
    public String displayName() {
        return vendor;
    }

    @Override
    public ModelTable models() {
        return ModelTable.read(new ByteArrayInputStream(("id\tdisplayName\tlines\tlineKeys"
                + "\texpansionModules\tkeysPerModule\tfamily\n").getBytes(
                        StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        if (fileName.equals(common)) {
            return Optional.of(FileRequest.common(fileName, false));
        }
        Matcher m = device.matcher(fileName);
        return m.matches() ? Optional.of(FileRequest.device(fileName,
                Mac.tryParse(m.group(1)), false)) : Optional.empty();
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        return RenderedFile.utf8(vendor + " common " + request.fileName() + "\n",
                RenderedFile.TEXT_UTF8);
    }

    @Override
    public KeyRules keyRules() {
        throw new UnsupportedOperationException();
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        return RenderedFile.utf8(vendor + " " + request.fileName() + " for "
                + config.device().lines().get(0).userName() + "\n", RenderedFile.TEXT_UTF8);
    }

    @Override
    public List<String> fileNames() {
        return List.of(common);
    }
}
