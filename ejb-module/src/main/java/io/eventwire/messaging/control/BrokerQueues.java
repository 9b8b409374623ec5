package io.eventwire.messaging.control;

import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Asks the Artemis broker about its queues with management messages over plain JMS: a request to
 * {@code activemq.management} names the resource ({@code queue.<name>}) and operation, carries the parameters
 * as a JSON array, and is answered on a temporary queue. Outside any transaction, or the request would
 * only leave at commit and the reply never come.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrokerQueues {

    /** The dead-letter address and queue of every address (jms-config/src/main/broker/broker.xml). */
    public static final String DEAD_LETTER_QUEUE = "DLQ";
    /** Set by the broker on a dead letter: the queue it was consumed from. */
    public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final long REPLY_TIMEOUT_MS = 3000;

    /** What a queue holds and has acknowledged. */
    public record Backlog(long messages, long acknowledged) {
    }

    /** One queue's numbers as the broker sees them now. */
    public record Figures(String queue, long depth, int consumers, long deadLetters) {
    }

    /** The broker did not answer, or refused; the console shows this instead of numbers. */
    @ApplicationException
    public static class Unreachable extends RuntimeException {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    /** Depth, consumers and dead letters of each queue, in the order given. */
    public List<Figures> figures(List<String> queues) {
        try (JMSContext jms = connectionFactory.createContext()) {
            Requestor requestor = new Requestor(jms);
            List<Figures> figures = new ArrayList<>();
            for (String queue : queues) {
                figures.add(new Figures(queue,
                        requestor.number(queue, "getMessageCount").longValue(),
                        requestor.number(queue, "getConsumerCount").intValue(),
                        requestor.number(DEAD_LETTER_QUEUE, "countMessages", deadLettersOf(queue)).longValue()));
            }
            return figures;
        } catch (JMSRuntimeException e) {
            throw new Unreachable("the broker is unreachable: " + e.getMessage(), e);
        }
    }

    /**
     * What each queue holds, the messages being delivered included (consumers take them ahead into their buffers,
     * so a busy queue can look empty), and how many it has acknowledged since the broker started.
     */
    public Map<String, Backlog> backlogs(Collection<String> queues) {
        try (JMSContext jms = connectionFactory.createContext()) {
            Requestor requestor = new Requestor(jms);
            Map<String, Backlog> backlogs = new TreeMap<>();
            for (String queue : queues) {
                backlogs.put(queue, new Backlog(requestor.number(queue, "getMessageCount").longValue(),
                        requestor.number(queue, "getMessagesAcknowledged").longValue()));
            }
            return backlogs;
        } catch (JMSRuntimeException e) {
            throw new Unreachable("the broker is unreachable: " + e.getMessage(), e);
        }
    }

    /** The selector that picks a queue's messages out of the dead-letter queue. */
    public static String deadLettersOf(String queue) {
        return ORIGINAL_QUEUE + " = '" + queue.replace("'", "''") + "'";
    }

    /** Request and reply over one temporary queue, for as many operations as the caller asks. */
    private static final class Requestor {

        private final JMSContext jms;
        private final Queue management;
        private final TemporaryQueue replies;
        private final JMSConsumer consumer;

        Requestor(JMSContext jms) {
            this.jms = jms;
            this.management = jms.createQueue(MANAGEMENT_ADDRESS);
            this.replies = jms.createTemporaryQueue();
            this.consumer = jms.createConsumer(replies);
            jms.start();
        }

        JsonNumber number(String queue, String operation, Object... parameters) {
            JsonValue result = invoke("queue." + queue, operation, parameters);
            if (!(result instanceof JsonNumber number)) {
                throw new Unreachable(operation + " on " + queue + " answered " + result, null);
            }
            return number;
        }

        private JsonValue invoke(String resource, String operation, Object... parameters) {
            JsonArrayBuilder body = Json.createArrayBuilder();
            for (Object parameter : parameters) {
                body.add(String.valueOf(parameter));
            }
            TextMessage request = jms.createTextMessage(body.build().toString());
            try {
                request.setStringProperty("_AMQ_ResourceName", resource);
                request.setStringProperty("_AMQ_OperationName", operation);
                jms.createProducer().setJMSReplyTo(replies).send(management, request);
                if (jms.getTransacted()) {
                    jms.commit(); // outside JTA the resource adapter's session is locally transacted: send now
                }
                Message reply = consumer.receive(REPLY_TIMEOUT_MS);
                if (reply == null) {
                    throw new Unreachable("no answer to " + operation + " on " + resource + " within "
                            + REPLY_TIMEOUT_MS + " ms (session mode " + jms.getSessionMode() + ")", null);
                }
                String answer = reply.getBody(String.class);
                if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
                    throw new Unreachable(operation + " on " + resource + " failed: " + answer, null);
                }
                JsonArray result = Json.createReader(new StringReader(answer)).readArray();
                return result.isEmpty() ? JsonValue.NULL : result.get(0);
            } catch (JMSException e) {
                throw new Unreachable(operation + " on " + resource + ": " + e.getMessage(), e);
            }
        }
    }
}
