package org.openprov.api.generator;

import java.nio.charset.StandardCharsets;

/**
 * A rendered file: the exact bytes to send and their content type. The array is owned by the
 * receiver once returned and must not be changed by either side afterwards.
 *
 * @param body the bytes to send
 * @param contentType e.g. {@code text/plain; charset=utf-8}
 */
public record RenderedFile(byte[] body, String contentType) {

    /** Content type of Yealink-style plain text files. */
    public static final String TEXT_UTF8 = "text/plain; charset=utf-8";
    /** Content type of XML files. */
    public static final String XML_UTF8 = "text/xml; charset=utf-8";

    /**
     * @param text the whole file
     * @param contentType its content type
     * @return the file encoded as UTF-8
     */
    public static RenderedFile utf8(String text, String contentType) {
        return new RenderedFile(text.getBytes(StandardCharsets.UTF_8), contentType);
    }
}
