package org.openprov.bench.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openprov.api.registry.Mac;

/**
 * The vendors the benchmark registers phones of: for each, one model, the vendor's own MAC
 * prefix (OUI), and the name under which a phone fetches its own file. {@code bench/wrk/plan.lua}
 * holds the same table, with the User-Agents, so that wrk computes the very names written here;
 * {@code PlanLuaTest} fails when the two differ.
 */
public enum BenchVendor {

    /** Yealink SIP-T54W (family 96): {@code <mac>.cfg}. */
    YEALINK("yealink", "T54W", "001565", "<mac>.cfg", "y000000000096.cfg"),
    /** Poly VVX 450: {@code <mac>-openprov.cfg}, named by the master file. */
    POLYCOM("polycom", "VVX450", "0004f2", "<mac>-openprov.cfg", "000000000000.cfg"),
    /** Cisco CP-8841-3PCC (MPP): {@code <mac>.xml}. */
    CISCO("cisco", "8841", "00562b", "<mac>.xml", null),
    /** Grandstream GXP2170: {@code cfg<mac>.xml}. */
    GRANDSTREAM("grandstream", "GXP2170", "000b82", "cfg<mac>.xml", null),
    /** Snom D785: {@code <MAC>.xml}, the settings its {@code .htm} list points to. */
    SNOM("snom", "D785", "000413", "<MAC>.xml", null),
    /** Fanvil X5U: {@code <mac>.cfg}. */
    FANVIL("fanvil", "X5U", "0c383e", "<mac>.cfg", null),
    /** Mitel (Aastra) 6867i: {@code <MAC>.cfg}. */
    MITEL("mitel", "6867i", "00085d", "<MAC>.cfg", null),
    /** AudioCodes 440HD: {@code <mac>.cfg}. */
    AUDIOCODES("audiocodes", "440HD", "00908f", "<mac>.cfg", null);

    private final String id;
    private final String model;
    private final String oui;
    private final String ownFile;
    private final String commonFile;

    BenchVendor(String id, String model, String oui, String ownFile, String commonFile) {
        this.id = id;
        this.model = model;
        this.oui = oui;
        this.ownFile = ownFile;
        this.commonFile = commonFile;
    }

    /** @return the vendor id devices store, e.g. {@code yealink} */
    public String id() {
        return id;
    }

    /** @return the model every benchmark phone of this vendor is, as the model table names it */
    public String model() {
        return model;
    }

    /** @return the first six hex digits of this vendor's benchmark MACs */
    public String oui() {
        return oui;
    }

    /**
     * @param mac a phone of this vendor
     * @return the name under which it fetches its own file, e.g. {@code 001565000001.cfg}
     */
    public String ownFile(Mac mac) {
        return ownFile.replace("<mac>", mac.hex()).replace("<MAC>", mac.upper());
    }

    /** @return the common file its phones fetch first, or empty for none the benchmark uses */
    public List<String> commonFiles() {
        return commonFile == null ? List.of() : List.of(commonFile);
    }

    /**
     * @param id a vendor id as typed, any case
     * @return the vendor
     * @throws IllegalArgumentException naming the vendors the benchmark knows
     */
    public static BenchVendor of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The benchmark knows no vendor '"
                        + id + "'; choose from " + ids(List.of(values()))));
    }

    /**
     * @param list a comma-separated list of vendor ids, e.g. {@code yealink,polycom}
     * @return the vendors, in the order given
     * @throws IllegalArgumentException for an unknown, repeated or missing vendor
     */
    public static List<BenchVendor> list(String list) {
        List<BenchVendor> vendors = Arrays.stream(list.split(",")).filter(s -> !s.isBlank())
                .map(BenchVendor::of).toList();
        if (vendors.isEmpty()) {
            throw new IllegalArgumentException("Give at least one vendor, e.g. yealink,polycom");
        }
        if (vendors.stream().distinct().count() != vendors.size()) {
            throw new IllegalArgumentException("The vendors '" + list + "' name one twice");
        }
        return vendors;
    }

    /**
     * @param vendors some vendors
     * @return their ids joined with commas, as {@code --vendors} takes them
     */
    public static String ids(List<BenchVendor> vendors) {
        return vendors.stream().map(BenchVendor::id).collect(Collectors.joining(","));
    }
}
