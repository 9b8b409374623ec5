import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.utils.UUIDGenerator;

/**
 * A legacy system dropping records on {@code legacy.orders.in} with the broker's Core client, as user
 * {@code legacy}. A durable send returns once the broker has stored the record: that is the record's acceptance.
 * After any failure the connection is rebuilt on the next send, as a real client would.
 */
final class LegacyClient implements AutoCloseable {

    private static final String QUEUE = "legacy.orders.in";

    private final String brokerUrl;
    private ServerLocator locator;
    private ClientSessionFactory factory;
    private ClientSession session;
    private ClientProducer producer;

    LegacyClient(String brokerUrl) {
        this.brokerUrl = brokerUrl;
    }

    /** Sends one record and returns once the broker has it; throws when it may not have it. */
    synchronized void send(String record) throws Exception {
        try {
            if (session == null) {
                connect();
            }
            ClientMessage message = session.createMessage(Message.TEXT_TYPE, true);
            message.getBodyBuffer().writeNullableSimpleString(SimpleString.of(record));
            message.setUserID(UUIDGenerator.getInstance().generateUUID());
            message.setRoutingType(RoutingType.ANYCAST);
            producer.send(message);
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private void connect() throws Exception {
        locator = Core.locator(brokerUrl);
        factory = locator.createSessionFactory();
        session = factory.createSession("legacy", System.getenv().getOrDefault("EVENTWIRE_LEGACY_PASSWORD", "legacy"),
                false, true, true, false, ActiveMQClient.DEFAULT_ACK_BATCH_SIZE);
        producer = session.createProducer(QUEUE);
    }

    @Override
    public synchronized void close() {
        Core.closeQuietly(session, factory, locator);
        session = null;
        factory = null;
        locator = null;
    }
}
