import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * The broker as its administrator sees it, through Core management requests to {@code activemq.management}
 * (ActiveMQServerControl, QueueControl) and a browser on the dead-letter queue.
 */
final class BrokerManagement implements AutoCloseable {

    private static final String DEAD_LETTER_QUEUE = "DLQ";
    private static final long REPLY_MILLIS = 10_000;
    /** Queues that keep what they hold on purpose: dead letters, expired messages, records for legacy systems. */
    private static final List<String> KEEPING = List.of(DEAD_LETTER_QUEUE, "ExpiryQueue", "legacy.orders.status",
            "legacy.orders.rejected");

    /** A message in the DLQ, with what identifies its failure in {@code consumer_failure}, and its text. */
    record DeadLetter(String queue, String eventId, String messageId, String eventType, String correlationId,
                      long timestamp, String body) {
    }

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ManagementRequests management;

    BrokerManagement(String url) throws Exception {
        locator = Core.locator(url);
        factory = locator.createSessionFactory();
        session = factory.createSession("admin", System.getenv().getOrDefault("EVENTWIRE_ADMIN_PASSWORD", "admin"),
                false, true, true, false, ActiveMQClient.DEFAULT_ACK_BATCH_SIZE);
        session.start();
        management = new ManagementRequests(session, REPLY_MILLIS);
    }

    /** ActiveMQServerControl.listPreparedTransactions: the broker's XA branches prepared and not yet resolved. */
    List<String> preparedTransactions() throws Exception {
        return management.names(ResourceNames.BROKER, "listPreparedTransactions");
    }

    /** Messages still on each queue that should drain by itself once the system is quiet (delivering ones included). */
    Map<String, Long> undrainedQueues() throws Exception {
        Map<String, Long> depths = new TreeMap<>();
        for (String queue : management.names(ResourceNames.BROKER, "getQueueNames")) {
            if (KEEPING.contains(queue) || queue.startsWith("activemq.") || !queue.contains(".")) {
                continue;
            }
            long depth = management.number(ResourceNames.QUEUE + queue, "getMessageCount");
            if (depth > 0) {
                depths.put(queue, depth);
            }
        }
        return depths;
    }

    /** Every message in the DLQ, browsed (nothing is taken out). */
    List<DeadLetter> deadLetters() throws Exception {
        return browse(DEAD_LETTER_QUEUE, message -> {
            Object userId = message.getUserID();
            return new DeadLetter(message.getStringProperty("_AMQ_ORIG_QUEUE"), message.getStringProperty("eventId"),
                    userId == null ? null : "ID:" + userId, message.getStringProperty("eventType"),
                    message.getCorrelationID() == null ? null : message.getCorrelationID().toString(),
                    message.getTimestamp(), text(message));
        });
    }

    /** The text of every message still on a queue, browsed. */
    List<String> texts(String queue) throws Exception {
        return browse(queue, BrokerManagement::text);
    }

    private interface Reading<T> {
        T of(ClientMessage message) throws Exception;
    }

    private <T> List<T> browse(String queue, Reading<T> reading) throws Exception {
        List<T> all = new ArrayList<>();
        try (ClientConsumer browser = session.createConsumer(queue, true)) {
            for (ClientMessage message = browser.receive(1000); message != null; message = browser.receive(1000)) {
                all.add(reading.of(message));
            }
        }
        return all;
    }

    /** A JMS TextMessage's text; null for any other kind. */
    private static String text(ClientMessage message) {
        if (message.getType() != Message.TEXT_TYPE) {
            return null;
        }
        SimpleString text = message.getBodyBuffer().readNullableSimpleString();
        return text == null ? null : text.toString();
    }

    @Override
    public void close() {
        Core.closeQuietly(session, factory, locator);
    }
}
