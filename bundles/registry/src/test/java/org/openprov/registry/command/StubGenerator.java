package org.openprov.registry.command;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.openprov.api.generator.ConfigGenerator;
import org.openprov.api.generator.FileRequest;
import org.openprov.api.generator.KeyRules;
import org.openprov.api.generator.ModelTable;
import org.openprov.api.generator.RenderedFile;
import org.openprov.api.settings.DeviceConfig;
import org.openprov.api.settings.KeyType;

/** A generator that only describes its vendor and models, as the commands need. */
final class StubGenerator implements ConfigGenerator {

    private final String vendor;
    private final String displayName;
    private final ModelTable models;

    /**
     * @param vendor the vendor id
     * @param displayName the vendor's name
     * @param rows model rows: id, display name, lines, and optionally keys, modules and keys
     *        per module, separated by tabs
     */
    StubGenerator(String vendor, String displayName, String... rows) {
        this.vendor = vendor;
        this.displayName = displayName;
        StringBuilder table = new StringBuilder("id\tname\tlines\tkeys\tmodules\tper\tfamily\n");
        for (String row : rows) {
            // A row of id, name and lines gets no keys; a longer row gives its own.
            table.append(row).append(row.split("\t").length > 3 ? "\t\n" : "\t0\t0\t0\t\n");
        }
        this.models = ModelTable.read(new ByteArrayInputStream(
                table.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the vendor as the commands see it */
    InstalledVendors.Vendor asVendor() {
        return new InstalledVendors.Vendor(vendor, displayName, models, keyRules());
    }

    @Override
    public String vendor() {
        return vendor;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public ModelTable models() {
        return models;
    }

    @Override
    public Optional<FileRequest> recognise(String fileName, String userAgent) {
        return Optional.empty();
    }

    @Override
    public RenderedFile renderCommon(FileRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public KeyRules keyRules() {
        return new KeyRules(EnumSet.of(KeyType.LINE, KeyType.BLF, KeyType.SPEED_DIAL), 16);
    }

    @Override
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> fileNames() {
        return List.of();
    }
}
