package org.openprov.testing;

import static org.junit.Assert.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a rendered file with a strict, namespace-unaware XML parser that fails on any warning
 * or error and refuses a DOCTYPE, after checking that the bytes carry no byte order mark.
 */
public final class StrictXml {

    private StrictXml() {
    }

    /**
     * @param body the file's bytes
     * @return the parsed document
     * @throws AssertionError if it is not well-formed
     */
    public static Document parse(byte[] body) {
        assertFalse("starts with a BOM", body.length >= 3 && (body[0] & 0xFF) == 0xEF);
        try {
            return builder().parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Failing());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Turns every parser complaint into a failure. */
    private static final class Failing implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
