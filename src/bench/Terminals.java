import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/**
 * How the bench learns that an order ended: a non-durable subscription of its own on the {@code orders} topic that
 * the broker fills with OrderConfirmed and OrderCancelled only (a filter on the {@code eventType} property), so
 * the bench asks the system nothing. The queue is temporary and pre-acknowledged: the broker keeps nothing of it on
 * disk and it goes with the connection.
 */
final class Terminals implements AutoCloseable {

    static final String FILTER = "eventType IN ('OrderConfirmed','OrderCancelled')";
    /**
     * One name, the only queue on the topic the broker user {@code bench} may make (broker.xml): one bench at a time;
     * a second one is refused, as the queue exists.
     */
    static final String QUEUE = Broker.OWN_PREFIX + "terminals";
    private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");

    interface Listener {
        /** An order ended: its id (the event's JMSCorrelationID), CONFIRMED or CANCELLED with the reason, when. */
        void ended(String orderId, String outcome, long nanos);
    }

    private final ClientSession session;
    private final ClientConsumer consumer;

    Terminals(Broker broker, Listener listener) throws Exception {
        session = broker.factory().createSession(Broker.USER, Broker.PASSWORD, false, true, true, true,
                ActiveMQClient.DEFAULT_ACK_BATCH_SIZE);
        session.createQueue(QueueConfiguration.of(QUEUE).setAddress("orders").setRoutingType(RoutingType.MULTICAST)
                .setFilterString(FILTER).setDurable(false).setTemporary(true));
        consumer = session.createConsumer(QUEUE);
        consumer.setMessageHandler(message -> {
            long now = System.nanoTime();
            Object orderId = message.getCorrelationID();
            if (orderId != null) {
                listener.ended(orderId.toString(), outcome(message), now);
            }
        });
        session.start();
    }

    private static String outcome(ClientMessage message) {
        if ("OrderConfirmed".equals(message.getStringProperty("eventType"))) {
            return "CONFIRMED";
        }
        Matcher reason = REASON.matcher(text(message));
        return "CANCELLED " + (reason.find() ? reason.group(1) : "(no reason)");
    }

    /** A JMS TextMessage's text; empty for any other kind. */
    private static String text(ClientMessage message) {
        if (message.getType() != Message.TEXT_TYPE) {
            return "";
        }
        SimpleString text = message.getBodyBuffer().readNullableSimpleString();
        return text == null ? "" : text.toString();
    }

    @Override
    public void close() throws Exception {
        consumer.close();
        session.close();
    }
}
