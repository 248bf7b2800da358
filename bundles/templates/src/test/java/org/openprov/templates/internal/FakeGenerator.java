package org.openprov.templates.internal;

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

/** A vendor with a small model table and key rules, and nothing to render. */
public final class FakeGenerator implements ConfigGenerator {

    private final String vendor;
    private final String displayName;
    private final ModelTable models;
    private final KeyRules keyRules;

    private FakeGenerator(String vendor, String displayName, String table, KeyRules rules) {
        this.vendor = vendor;
        this.displayName = displayName;
        this.models = ModelTable.read(new ByteArrayInputStream(("id\tdisplayName\tlines"
                + "\tlineKeys\texpansionModules\tkeysPerModule\tfamily\n" + table)
                .getBytes(StandardCharsets.UTF_8)));
        this.keyRules = rules;
    }

    /** Yealink: a T54W with 27 keys and up to 3 modules of 60; a T31G with 2 keys, none. */
    public static FakeGenerator yealink() {
        return new FakeGenerator("yealink", "Yealink", "T54W\tSIP-T54W\t16\t27\t3\t60\t96\n"
                + "T31G\tSIP-T31G\t2\t2\t0\t0\t124\n", new KeyRules(EnumSet.allOf(KeyType.class),
                        11));
    }

    /** Poly: a VVX 450 with 12 keys and no intercom key. */
    public static FakeGenerator polycom() {
        EnumSet<KeyType> types = EnumSet.allOf(KeyType.class);
        types.remove(KeyType.INTERCOM);
        return new FakeGenerator("polycom", "Poly", "VVX450\tVVX 450\t12\t12\t3\t28\t\n",
                new KeyRules(types, 16));
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
    public KeyRules keyRules() {
        return keyRules;
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
    public RenderedFile renderDevice(FileRequest request, DeviceConfig config) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> fileNames() {
        return List.of();
    }
}
