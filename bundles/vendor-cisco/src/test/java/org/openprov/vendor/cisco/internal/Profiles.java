package org.openprov.vendor.cisco.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openprov.testing.StrictXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a rendered flat profile as a phone does: the root must be {@code flat-profile}; each
 * child element is a parameter, its text the value. Parsing is strict, so every test that
 * reads a file also checks that it is well-formed XML.
 */
final class Profiles {

    private Profiles() {
    }

    /**
     * @param body a rendered file
     * @return its parameters by element name, in file order
     * @throws AssertionError if it is not well-formed, its root is wrong or a name repeats
     */
    static Map<String, String> parse(byte[] body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element element : elements(body).values()) {
            values.put(element.getTagName(), element.getTextContent());
        }
        return values;
    }

    /**
     * @param body a rendered file
     * @return its parameter elements by name, in file order
     */
    static Map<String, Element> elements(byte[] body) {
        Document document = StrictXml.parse(body);
        Element root = document.getDocumentElement();
        assertEquals("flat-profile", root.getTagName());
        Map<String, Element> elements = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element) {
                assertFalse("repeated " + element.getTagName(),
                        elements.containsKey(element.getTagName()));
                assertFalse("an empty element leaves the phone's value unchanged",
                        element.getChildNodes().getLength() == 0 && selfClosing(body,
                                element.getTagName()));
                elements.put(element.getTagName(), element);
            }
        }
        return elements;
    }

    private static boolean selfClosing(byte[] body, String name) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return text.matches("(?s).*<" + java.util.regex.Pattern.quote(name) + "( [^>]*)?/>.*");
    }
}
