import java.util.Arrays;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;

/**
 * Management operations on the broker (AddressControl, QueueControl, ActiveMQServerControl) as Core requests to
 * {@code activemq.management}, for the bench and the fault suite, which compile this folder with their own sources.
 * One reply queue for the session's life; it is never closed: closing deletes its address, which only the
 * administrator may, and the broker removes it with the session.
 */
final class ManagementRequests {

    private static final SimpleString ADDRESS = SimpleString.of("activemq.management");

    private final ClientSession session;
    private final ClientRequestor requestor;
    private final long replyMillis;

    /** @param session a started session of the user the broker checks each operation against */
    ManagementRequests(ClientSession session, long replyMillis) throws Exception {
        this.session = session;
        this.requestor = new ClientRequestor(session, ADDRESS);
        this.replyMillis = replyMillis;
    }

    /** The operation's result; throws, naming it, if the broker refused it or did not answer in time. */
    private Object invoke(String resource, String operation, Object... parameters) throws Exception {
        ClientMessage request = session.createMessage(false);
        ManagementHelper.putOperationInvocation(request, resource, operation, parameters);
        ClientMessage reply = requestor.request(request, replyMillis);
        if (reply == null) {
            throw new IllegalStateException("the broker did not answer " + operation + " on " + resource);
        }
        if (!ManagementHelper.hasOperationSucceeded(reply)) {
            throw new IllegalStateException(operation + " on " + resource + " failed: " + ManagementHelper.getResult(reply));
        }
        return ManagementHelper.getResult(reply);
    }

    /** A counter (getMessageCount, getMessagesAdded …). */
    long number(String resource, String operation) throws Exception {
        return ((Number) invoke(resource, operation)).longValue();
    }

    /** A list of names (getQueueNames, listPreparedTransactions …); empty when the broker answers none. */
    List<String> names(String resource, String operation) throws Exception {
        return invoke(resource, operation) instanceof Object[] array
                ? Arrays.stream(array).map(String::valueOf).toList() : List.of();
    }
}
