package io.eventwire.deadletter.control;

import io.eventwire.messaging.control.BrokerQueues;
import io.eventwire.messaging.control.DeadLettering;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The dead-letter queue through the XA connection factory: taking a message out and sending its copy
 * back commit together, so a retry can neither lose the message nor deliver it twice.
 */
@Stateless
public class DeadLetterQueue {

    public static final String QUEUE = BrokerQueues.DEAD_LETTER_QUEUE;
    public static final String ORIGINAL_QUEUE = BrokerQueues.ORIGINAL_QUEUE;
    static final String ORIGINAL_MESSAGE_ID = "_AMQ_ORIG_MESSAGE_ID";

    /**
     * Ids are built from a queue name and the JMSMessageID, or "m" and the broker's number of the original
     * message when the sender left JMSMessageID out; anything else could smuggle a selector in.
     */
    private static final Pattern ID = Pattern.compile("([A-Za-z0-9._-]+)~(?:m(\\d+)|([0-9a-fA-F-]+))");
    private static final long RECEIVE_MILLIS = 5_000;

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    /** Everything in the queue, oldest first, mapped while the browser is open. */
    public <T> List<T> browse(Function<Message, T> mapper) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(jms.createQueue(QUEUE))) {
            List<T> all = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                all.add(mapper.apply((Message) message));
            }
            return all;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse " + QUEUE, e);
        }
    }

    /**
     * The address the message was sent to. A message sent to one queue by its fully qualified name (a replay, a
     * retry) records {@code address::queue} here; the address is the part before "::".
     */
    public static String originalAddress(Message message) {
        String address = header(message, m -> m.getStringProperty(DeadLettering.ORIGINAL_ADDRESS));
        return address == null || !address.contains("::") ? address : address.substring(0, address.indexOf("::"));
    }

    /** Empty for a message nobody dead-lettered (sent to DLQ directly): it has no original queue to go back to. */
    public static Optional<String> idOf(Message message) {
        String queue = header(message, m -> m.getStringProperty(ORIGINAL_QUEUE));
        if (queue == null) {
            return Optional.empty();
        }
        String messageId = header(message, Message::getJMSMessageID);
        return Optional.of(queue + "~" + (messageId != null ? messageId.replaceFirst("^ID:", "")
                : "m" + header(message, m -> m.getLongProperty(ORIGINAL_MESSAGE_ID))));
    }

    /** Sends the dead letter back to the queue it died in, only there, in the caller's transaction. */
    public boolean retry(String id) {
        return take(id, (jms, dead) -> jms.createProducer().send(original(jms, dead), DeadLettering.copy(jms, dead)));
    }

    /** Removes the dead letter for good, in the caller's transaction. */
    public boolean delete(String id) {
        return take(id, (jms, dead) -> { });
    }

    private interface Disposal {
        void of(JMSContext jms, Message dead) throws JMSException;
    }

    private boolean take(String id, Disposal disposal) {
        var parts = ID.matcher(id == null ? "" : id);
        if (!parts.matches()) {
            return false;
        }
        String selector = BrokerQueues.deadLettersOf(parts.group(1)) + " AND " + (parts.group(2) != null
                ? ORIGINAL_MESSAGE_ID + " = " + parts.group(2)
                : "JMSMessageID = 'ID:" + parts.group(3) + "'");
        try (JMSContext jms = connectionFactory.createContext();
             JMSConsumer consumer = jms.createConsumer(jms.createQueue(QUEUE), selector)) {
            Message dead = consumer.receive(RECEIVE_MILLIS);
            if (dead == null) {
                return false;
            }
            disposal.of(jms, dead);
            return true;
        } catch (JMSException e) {
            throw new IllegalStateException("cannot take dead letter " + id, e);
        }
    }

    /**
     * The queue by its fully qualified name {@code address::queue}: a topic's subscription queue as a topic, an
     * anycast queue as a queue (the broker refuses the other routing). Without the routing-type property,
     * our broker.xml's naming tells: only anycast queues are named like their address.
     */
    private static Destination original(JMSContext jms, Message dead) throws JMSException {
        String address = originalAddress(dead);
        String queue = dead.getStringProperty(ORIGINAL_QUEUE);
        boolean multicast = dead.propertyExists(DeadLettering.ORIGINAL_ROUTING_TYPE)
                ? dead.getByteProperty(DeadLettering.ORIGINAL_ROUTING_TYPE) == DeadLettering.MULTICAST
                : !address.equals(queue);
        return multicast ? jms.createTopic(address + "::" + queue) : jms.createQueue(address + "::" + queue);
    }

    /** The payload as text: a TextMessage's text, a BytesMessage's bytes as UTF-8 (legacy STOMP senders). */
    public static String body(Message message) {
        return header(message, DeadLettering::body);
    }

    /** A header or property read; JMS makes every read throw a checked exception. */
    public interface Read<T> {
        T from(Message message) throws JMSException;
    }

    public static <T> T header(Message message, Read<T> read) {
        try {
            return read.from(message);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a dead letter", e);
        }
    }
}
