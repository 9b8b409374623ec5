import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * The broker through its Core protocol, as the broker user {@code bench}, who may read these counters and use queues of
 * its own and nothing else (broker.xml, src/docs/security.md): the management counters the bench reads before and after
 * the load (AddressControl, QueueControl), and the connection its subscription to the terminal events runs on.
 */
final class Broker implements AutoCloseable {

    /** The application's topics; every queue on them is a subscription of one of its consumers. */
    static final List<String> TOPICS = List.of("orders", "inventory", "payments", "notifications");
    /** The bench's own queues (its subscription, the ceiling's queue) start so: they are never counted. */
    static final String OWN_PREFIX = "bench.";
    static final String USER = "bench";
    /** From src/bin/eventwire, which wrote it into the broker's users. */
    static final String PASSWORD = System.getenv().getOrDefault("BENCH_BROKER_PASSWORD", USER);

    private static final long REPLY_MILLIS = 10_000;

    /**
     * What the broker counted so far. Per topic: messages published to it (routed to its queues or, on a topic
     * nobody subscribes to, to none). Per subscription queue:
     * messages added (deliveries owed to a consumer), acknowledged (deliveries a consumer committed) and held now.
     */
    record Counters(Map<String, Long> published, Map<String, Long> added, Map<String, Long> acknowledged,
                    Map<String, Long> held) {

        Counters since(Counters before) {
            return new Counters(minus(published, before.published), minus(added, before.added),
                    minus(acknowledged, before.acknowledged), held);
        }

        static long total(Map<String, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        private static Map<String, Long> minus(Map<String, Long> now, Map<String, Long> before) {
            Map<String, Long> difference = new TreeMap<>();
            now.forEach((name, count) -> difference.put(name, count - before.getOrDefault(name, 0L)));
            return difference;
        }
    }

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ManagementRequests management;

    Broker(String url) throws Exception {
        locator = ActiveMQClient.createServerLocator(url)
                .setCallTimeout(REPLY_MILLIS)
                .setInitialConnectAttempts(1)
                .setReconnectAttempts(0);
        factory = locator.createSessionFactory();
        session = factory.createSession(USER, PASSWORD, false, true, true, false, ActiveMQClient.DEFAULT_ACK_BATCH_SIZE);
        session.start();
        management = new ManagementRequests(session, REPLY_MILLIS);
    }

    ClientSessionFactory factory() {
        return factory;
    }

    Counters counters() throws Exception {
        Map<String, Long> published = new TreeMap<>();
        Map<String, Long> added = new TreeMap<>();
        Map<String, Long> acknowledged = new TreeMap<>();
        Map<String, Long> held = new TreeMap<>();
        for (String topic : TOPICS) {
            published.put(topic, management.number(ResourceNames.ADDRESS + topic, "getRoutedMessageCount")
                    + management.number(ResourceNames.ADDRESS + topic, "getUnRoutedMessageCount"));
            for (String queue : management.names(ResourceNames.ADDRESS + topic, "getQueueNames")) {
                if (!queue.startsWith(OWN_PREFIX)) {
                    added.put(queue, management.number(ResourceNames.QUEUE + queue, "getMessagesAdded"));
                    acknowledged.put(queue, management.number(ResourceNames.QUEUE + queue, "getMessagesAcknowledged"));
                    held.put(queue, management.number(ResourceNames.QUEUE + queue, "getMessageCount"));
                }
            }
        }
        return new Counters(published, added, acknowledged, held);
    }

    /**
     * Waits until no subscription queue holds a message (in flight to a consumer or waiting): the system is idle.
     * The counters then, or null if it was not idle in time.
     */
    Counters awaitIdle(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Counters counters = counters();
            if (Counters.total(counters.held()) == 0) {
                return counters;
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            Thread.sleep(250);
        }
    }

    /**
     * Removes a queue of the bench's, if it exists, with whatever it still holds (the perf client has closed its
     * consumers); the broker removes the address it made for it.
     */
    void removeOwnQueue(String queue) throws Exception {
        SimpleString name = SimpleString.of(queue);
        if (session.queueQuery(name).isExists()) {
            session.deleteQueue(name);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable resource : new AutoCloseable[] {session, factory, locator}) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // The run is over; the broker drops what was ours with the connection.
            }
        }
    }
}
