package org.openprov.vendor.polycom.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Parses a rendered Poly file with the shared strict parser, after checking that the bytes
 * start with Poly's XML declaration and no BOM.
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
        return org.openprov.testing.StrictXml.parse(body).getDocumentElement();
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
}
