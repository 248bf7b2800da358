package org.openprov.bench.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.openprov.api.registry.Mac;

/**
 * Which phones the benchmark registers, computed from a few numbers so that a load script can
 * compute the same phones without asking OpenProv.
 *
 * <p>Phone {@code i} (from 0) is of vendor {@code vendors[i % V]}; its MAC is that vendor's OUI
 * followed by {@code seed + i} as six hex digits. Groups of {@code V} consecutive phones go to
 * the providers in turn ({@code bench-1}, {@code bench-2}, ...), and each round over the
 * providers to the next customer ({@code site-1}, ...), so every provider and customer gets
 * every vendor. Its line 1 is SIP user {@code 1000000 + i}.
 *
 * @param count how many phones
 * @param providers how many providers share them
 * @param customers how many customers each provider has
 * @param vendors the vendors, in the order phones take them
 * @param seed the MAC counter of phone 0
 */
public record BenchPlan(int count, int providers, int customers, List<BenchVendor> vendors,
        int seed) {

    /** The name every benchmark provider starts with. */
    public static final String PROVIDER_PREFIX = "bench-";
    /** The most providers or customers per provider a plan may have. */
    public static final int MAX_GROUPS = 999;
    private static final int MAC_COUNTER = 1 << 24;

    /** Checks that every phone gets a distinct, valid MAC. */
    public BenchPlan {
        vendors = List.copyOf(vendors);
        require(count >= 1, "--count must be at least 1");
        require(providers >= 1 && providers <= MAX_GROUPS,
                "--providers must be from 1 to " + MAX_GROUPS);
        require(customers >= 1 && customers <= MAX_GROUPS,
                "--customers must be from 1 to " + MAX_GROUPS);
        require(!vendors.isEmpty(), "Give at least one vendor");
        require(seed >= 0 && (long) seed + count <= MAC_COUNTER, "--seed plus --count must"
                + " stay within " + MAC_COUNTER + " (six hex digits); seed " + seed + ", count "
                + count);
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * One phone of the plan.
     *
     * @param mac its MAC
     * @param vendor its vendor
     * @param provider its provider's name
     * @param customer its customer's name
     * @param sipUser the SIP user of its line 1
     */
    public record Phone(Mac mac, BenchVendor vendor, String provider, String customer,
            String sipUser) {
    }

    /**
     * @param i the phone's number, from 0 to {@code count - 1}
     * @return the phone
     */
    public Phone phone(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("Phone " + i + " of " + count);
        }
        BenchVendor vendor = vendors.get(i % vendors.size());
        Mac mac = Mac.parse(vendor.oui() + String.format("%06x", seed + i));
        int group = i / vendors.size();
        return new Phone(mac, vendor, provider(group % providers),
                customer(group / providers % customers), Integer.toString(1_000_000 + i));
    }

    /** @return the providers' names, {@code bench-1} first */
    public List<String> providerNames() {
        return IntStream.range(0, providers).mapToObj(BenchPlan::provider).toList();
    }

    /** @return the customers' names each provider has, {@code site-1} first */
    public List<String> customerNames() {
        return IntStream.range(0, customers).mapToObj(BenchPlan::customer).toList();
    }

    private static String provider(int index) {
        return PROVIDER_PREFIX + (index + 1);
    }

    private static String customer(int index) {
        return "site-" + (index + 1);
    }
}
