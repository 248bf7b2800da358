package org.openprov.api.generator;

import java.util.List;
import java.util.Optional;
import org.openprov.api.settings.DeviceConfig;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A vendor's configuration generator, published by its vendor bundle as a whiteboard service
 * with the service property {@value #VENDOR} set to {@link #vendor()}.
 *
 * <p>Pre-conditions the endpoint guarantees: the file name has no directory part and at most 255
 * characters; the User-Agent may be empty but never null. Post-conditions a generator
 * guarantees: {@link #renderCommon} output holds no secret; every value in any output is
 * escaped for where it lands; rendering the same input twice gives the same bytes.
 *
 * <p>Implemented by vendor bundles, so this interface only grows in ways that keep existing
 * generators working.
 */
@ConsumerType
public interface ConfigGenerator {

    /** Service property holding the vendor id, e.g. {@code yealink}. */
    String VENDOR = "openprov.vendor";

    /** @return the vendor id, lower case, e.g. {@code yealink}; stored with each device */
    String vendor();

    /** @return the vendor's name as people write it, e.g. {@code Poly} */
    String displayName();

    /** @return the vendor's model table */
    ModelTable models();

    /**
     * Says whether a requested file name is one of this vendor's, and which kind.
     *
     * @param fileName the name requested, without directory
     * @param userAgent the request's User-Agent, empty if none; a hint, never a credential
     * @return the reading, or empty if the name is not this vendor's
     */
    Optional<FileRequest> recognise(String fileName, String userAgent);

    /**
     * @param request a {@link FileKind#COMMON} request this generator recognised
     * @return the file; it must hold no secret
     */
    RenderedFile renderCommon(FileRequest request);

    /**
     * @return the key types this vendor's phones offer and the label length they show; the
     *         console checks every layout against it and the model table before accepting it
     */
    KeyRules keyRules();

    /**
     * Renders a device's own file from its resolved configuration. Values that the vendor
     * cannot express (a zone rule, a label too long) are fitted or left out with a log line,
     * never silently; the rest of the file is still rendered.
     *
     * @param request a {@link FileKind#DEVICE} request this generator recognised
     * @param config the registered device of this vendor that the request's MAC names, with
     *        its resolved settings, lines and keys
     * @return the device's file
     */
    RenderedFile renderDevice(FileRequest request, DeviceConfig config);

    /**
     * @return the names of the files a registered device of this vendor fetches, for help
     *         texts and the walkthrough; {@code <mac>} stands for the MAC
     */
    List<String> fileNames();
}
