package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a rendered Poly file with a strict, namespace-unaware XML parser that fails on any
 * warning or error, after checking that the bytes start with Poly's XML declaration and no BOM.
 */
final class StrictXml {

    private StrictXml() {
    }

    /**
     * @param body the file's bytes
     * @return the root element
     */
    static Element root(byte[] body) {
        assertFalse("starts with a BOM", body.length >= 3 && (body[0] & 0xFF) == 0xEF);
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals(PolycomXmlWriter.DECLARATION, text.substring(0, text.indexOf('\n')));
        try {
            return builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * @param body the file's bytes
     * @return the root element's attributes by name, as the parser read them
     */
    static Map<String, String> attributes(byte[] body) {
        NamedNodeMap attributes = root(body).getAttributes();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            values.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        return values;
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
