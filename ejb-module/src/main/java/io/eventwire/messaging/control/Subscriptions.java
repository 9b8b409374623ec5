package io.eventwire.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The subscriptions this application consumes, read from the one place they are wired (META-INF/ejb-jar.xml),
 * so replay and dead-letter retry can refuse a queue no consumer reads without a second list to keep in step.
 */
@ApplicationScoped
public class Subscriptions {

    private static final String WIRING = "META-INF/ejb-jar.xml";

    private final Map<String, String> queues = read();

    /** The fully qualified queue name ({@code orders::inventory.orders}) of a subscription we consume. */
    public Optional<String> queue(String subscription) {
        return Optional.ofNullable(subscription == null ? null : queues.get(subscription));
    }

    /** Every subscription by name, sorted. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(queues);
    }

    private static Map<String, String> read() {
        Map<String, String> queues = new TreeMap<>();
        try (InputStream wiring = Subscriptions.class.getClassLoader().getResourceAsStream(WIRING)) {
            if (wiring == null) {
                throw new IllegalStateException(WIRING + " is missing");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            NodeList properties = factory.newDocumentBuilder().parse(wiring)
                    .getElementsByTagNameNS("*", "activation-config-property");
            for (int i = 0; i < properties.getLength(); i++) {
                Element property = (Element) properties.item(i);
                String name = property.getElementsByTagNameNS("*", "activation-config-property-name").item(0).getTextContent().strip();
                String value = property.getElementsByTagNameNS("*", "activation-config-property-value").item(0).getTextContent().strip();
                if (name.equals("destination") && value.contains("::")) {
                    queues.put(value.substring(value.indexOf("::") + 2), value);
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the subscriptions from " + WIRING, e);
        }
        return queues;
    }
}
