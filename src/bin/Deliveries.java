import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Holds or releases the broker's deliveries to the application (src/bin/eventwire, before the server stops or the
 * application is redeployed, and after it is up again). Payara's message-driven beans must not receive a message
 * while they are being undeployed: a delivery whose transaction the stopping container can no longer start is
 * acknowledged by the resource adapter outside any transaction, and the message is gone (src/docs/reliability.md).
 *
 * <pre>java -cp "$ARTEMIS_HOME/lib/*" src/bin/Deliveries.java URL USER PASSWORD hold|release SECONDS ADDRESS...</pre>
 *
 * hold pauses every queue of the addresses and waits at most SECONDS until none has a message in delivery;
 * release resumes them. Exits 1 naming what it could not do or what it stopped waiting for.
 */
public class Deliveries {

    private static final long REPLY_MILLIS = 5_000;

    public static void main(String[] args) throws Exception {
        if (args.length < 6 || !List.of("hold", "release").contains(args[3])) {
            System.err.println("usage: Deliveries URL USER PASSWORD hold|release SECONDS ADDRESS...");
            System.exit(2);
        }
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        try (ServerLocator locator = ActiveMQClient.createServerLocator(args[0]).setCallTimeout(REPLY_MILLIS)
                .setReconnectAttempts(0);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(args[1], args[2], false, true, true, false, 1)) {
            session.start();
            List<String> queues = new ArrayList<>();
            for (int i = 5; i < args.length; i++) {
                for (Object queue : (Object[]) invoke(session, ResourceNames.ADDRESS + args[i], "getQueueNames")) {
                    queues.add(queue.toString());
                }
            }
            boolean hold = args[3].equals("hold");
            for (String queue : queues) {
                invoke(session, ResourceNames.QUEUE + queue, hold ? "pause" : "resume");
            }
            if (hold) {
                awaitNoDelivery(session, queues, deadline);
            }
        }
    }

    private static void awaitNoDelivery(ClientSession session, List<String> queues, long deadline) throws Exception {
        List<String> delivering = queues;
        while (!delivering.isEmpty()) {
            if (System.nanoTime() > deadline) {
                System.err.println("messages still in delivery on " + delivering);
                System.exit(1);
            }
            Thread.sleep(250);
            List<String> still = new ArrayList<>();
            for (String queue : delivering) {
                if (((Number) invoke(session, ResourceNames.QUEUE + queue, "getDeliveringCount")).longValue() > 0) {
                    still.add(queue);
                }
            }
            delivering = still;
        }
    }

    private static Object invoke(ClientSession session, String resource, String operation) throws Exception {
        try (ClientRequestor requestor = new ClientRequestor(session, SimpleString.of("activemq.management"))) {
            ClientMessage request = session.createMessage(false);
            ManagementHelper.putOperationInvocation(request, resource, operation);
            ClientMessage reply = requestor.request(request, REPLY_MILLIS);
            if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                System.err.println(operation + " on " + resource + " failed: "
                        + (reply == null ? "no answer within 5 s" : ManagementHelper.getResult(reply)));
                System.exit(1);
            }
            return ManagementHelper.getResult(reply);
        }
    }
}
