package org.openprov.api.generator;

import java.util.Optional;
import org.openprov.api.registry.Mac;

/**
 * A generator's reading of a requested file name.
 *
 * @param fileName the file name as requested, without any directory
 * @param kind common or device-specific
 * @param mac for a device file, the MAC found in the file name or else in the User-Agent
 * @param userAgentMatched whether the User-Agent names this generator's vendor; a hint the
 *        endpoint uses to choose between generators that recognise the same common file name
 */
public record FileRequest(String fileName, FileKind kind, Optional<Mac> mac,
        boolean userAgentMatched) {

    /**
     * @param fileName the requested name
     * @param userAgentMatched whether the User-Agent names the vendor
     * @return a request for a common file
     */
    public static FileRequest common(String fileName, boolean userAgentMatched) {
        return new FileRequest(fileName, FileKind.COMMON, Optional.empty(), userAgentMatched);
    }

    /**
     * @param fileName the requested name
     * @param mac the device's MAC, if the name or the User-Agent carried one
     * @param userAgentMatched whether the User-Agent names the vendor
     * @return a request for a device's own file
     */
    public static FileRequest device(String fileName, Optional<Mac> mac,
            boolean userAgentMatched) {
        return new FileRequest(fileName, FileKind.DEVICE, mac, userAgentMatched);
    }
}
