package io.eventwire.legacy.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML: {@code <order legacyRef customerId email paymentToken><item sku quantity/>…</order>}. A DOCTYPE is refused
 * before the parser sees it, and the parser itself reads no DTD and resolves no entity: no external entities,
 * no entity expansion.
 */
final class XmlRecords {

    private static final Set<String> ORDER_ATTRIBUTES = Set.of("legacyRef", "customerId", "email", "paymentToken");
    private static final Set<String> ITEM_ATTRIBUTES = Set.of("sku", "quantity");
    private static final XMLInputFactory FACTORY = factory();

    private XmlRecords() {
    }

    static LegacyOrder read(String text) {
        refuseDoctype(text);
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(text));
            try {
                return order(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static LegacyOrder order(XMLStreamReader xml) throws XMLStreamException {
        xml.nextTag();
        if (!"order".equals(xml.getLocalName())) {
            throw new Rejection(RejectCode.MALFORMED, at(xml) + "the root element must be <order>, found <"
                    + xml.getLocalName() + ">");
        }
        attributes(xml, ORDER_ATTRIBUTES);
        String legacyRef = Fields.legacyRef(xml.getAttributeValue(null, "legacyRef"), at(xml) + "attribute legacyRef");
        try {
            String customerId = Fields.customerId(xml.getAttributeValue(null, "customerId"), at(xml) + "attribute customerId");
            String email = Fields.email(xml.getAttributeValue(null, "email"), at(xml) + "attribute email");
            String token = Fields.paymentToken(xml.getAttributeValue(null, "paymentToken"), at(xml) + "attribute paymentToken");
            List<LegacyOrder.Item> items = items(xml);
            while (xml.hasNext()) {
                xml.next(); // only comments and whitespace may follow; the parser refuses anything else
            }
            return new LegacyOrder(legacyRef, customerId, email, token, items);
        } catch (Rejection rejection) {
            throw rejection.of(legacyRef);
        } catch (XMLStreamException e) {
            throw malformed(e).of(legacyRef);
        }
    }

    private static List<LegacyOrder.Item> items(XMLStreamReader xml) throws XMLStreamException {
        List<LegacyOrder.Item> items = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"item".equals(xml.getLocalName())) {
                throw new Rejection(RejectCode.MALFORMED, at(xml) + "<order> may only hold <item> elements, found <"
                        + xml.getLocalName() + ">");
            }
            attributes(xml, ITEM_ATTRIBUTES);
            String where = at(xml) + "<item> attribute ";
            items.add(new LegacyOrder.Item(Fields.sku(xml.getAttributeValue(null, "sku"), where + "sku"),
                    Fields.quantity(xml.getAttributeValue(null, "quantity"), where + "quantity")));
            if (xml.nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw new Rejection(RejectCode.MALFORMED, at(xml) + "<item> must be empty");
            }
        }
        return Fields.items(items, "the <order> element has no <item>");
    }

    private static void attributes(XMLStreamReader xml, Set<String> known) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (!known.contains(name)) {
                throw new Rejection(RejectCode.MALFORMED, at(xml) + "<" + xml.getLocalName() + "> has an unknown attribute "
                        + name);
            }
        }
    }

    private static void refuseDoctype(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        int doctype = Math.max(upper.indexOf("<!DOCTYPE"), upper.indexOf("<!ENTITY"));
        if (doctype >= 0) {
            int line = 1 + (int) text.substring(0, doctype).chars().filter(c -> c == '\n').count();
            throw new Rejection(RejectCode.DTD_FORBIDDEN,
                    "line " + line + ": a DOCTYPE or ENTITY declaration; DTDs and entities are not accepted");
        }
    }

    private static String at(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber() + ": ";
    }

    /** In the parser's own words, without the location prefix it adds. */
    private static Rejection malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
        String message = String.valueOf(e.getMessage());
        int detail = message.indexOf("Message: ");
        return new Rejection(RejectCode.MALFORMED, "line " + line + ": not well-formed XML: "
                + (detail >= 0 ? message.substring(detail + "Message: ".length()) : message));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }
}
