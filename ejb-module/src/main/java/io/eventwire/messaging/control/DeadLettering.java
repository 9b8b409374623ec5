package io.eventwire.messaging.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;

/**
 * Moves a message its consumer gave up on to {@code DLQ}, as the broker would: a copy carrying the broker's
 * {@code _AMQ_ORIG_*} properties, so that listing, retry and delete treat it like any dead letter. It is sent in
 * the delivery's XA transaction, which also acknowledges the original: the message is in one place, never two.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DeadLettering {

    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    public static final String ORIGINAL_ROUTING_TYPE = "_AMQ_ORIG_ROUTING_TYPE";
    /** Artemis' RoutingType.MULTICAST and ANYCAST. */
    public static final byte MULTICAST = 0;
    public static final byte ANYCAST = 1;
    /** On a dead letter we moved: the key its failures are recorded under (the copy has a JMSMessageID of its own). */
    public static final String MESSAGE_KEY = "_EW_MESSAGE_KEY";
    /** On a dead letter we moved: the deliveries it used, the one that moved it included. */
    public static final String DELIVERIES = "_EW_DELIVERIES";
    /** On a dead letter we moved: when the original was sent (the copy's own JMSTimestamp is when it was moved). */
    public static final String SENT_AT = "_EW_SENT_AT";

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    @Inject
    Subscriptions subscriptions;

    /** Sends a copy of {@code message}, consumed from {@code queue}, to the DLQ in the caller's transaction. */
    public void bury(Message message, String queue) {
        String address = subscriptions.queue(queue).map(fqqn -> fqqn.substring(0, fqqn.indexOf("::")))
                .orElse(queue); // not a subscription: an anycast queue named like its address (legacy.orders.in)
        try (JMSContext jms = connectionFactory.createContext()) {
            Message dead = copy(jms, message);
            dead.setStringProperty(BrokerQueues.ORIGINAL_QUEUE, queue);
            dead.setStringProperty(ORIGINAL_ADDRESS, address);
            dead.setByteProperty(ORIGINAL_ROUTING_TYPE, address.equals(queue) ? ANYCAST : MULTICAST);
            dead.setStringProperty(MESSAGE_KEY, keyOf(message));
            dead.setIntProperty(DELIVERIES, message.getIntProperty("JMSXDeliveryCount"));
            dead.setLongProperty(SENT_AT, message.getJMSTimestamp());
            jms.createProducer().send(jms.createQueue(BrokerQueues.DEAD_LETTER_QUEUE), dead);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot move a message of " + queue + " to the DLQ", e);
        }
    }

    /**
     * What names a message across its redeliveries, and a dead letter after it: the key a dead letter we moved
     * carries, else the JMSMessageID (kept by redelivery and by the broker's own dead-lettering), else, for a
     * message sent without one (STOMP senders), a digest of its timestamp and body.
     */
    public static String keyOf(Message message) {
        try {
            String carried = message.getStringProperty(MESSAGE_KEY);
            if (carried != null) {
                return carried;
            }
            String id = message.getJMSMessageID();
            return id != null ? id : "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((message.getJMSTimestamp() + "\n" + body(message)).getBytes(StandardCharsets.UTF_8)));
        } catch (JMSException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot name a message", e);
        }
    }

    /**
     * A fresh message with the body and application properties of another. The broker's own (_AMQ_…) and ours
     * (_EW_…) stay behind: above all the duplicate-detection id, which the destination may have seen and would drop.
     */
    public static Message copy(JMSContext jms, Message original) throws JMSException {
        Message copy = original instanceof BytesMessage
                ? bytes(jms, original.getBody(byte[].class))
                : jms.createTextMessage(body(original));
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (!property.startsWith("_") && !property.startsWith("JMSX")) {
                copy.setObjectProperty(property, original.getObjectProperty(property));
            }
        }
        copy.setJMSCorrelationID(original.getJMSCorrelationID());
        copy.setJMSType(original.getJMSType());
        return copy;
    }

    /** The payload as text: a TextMessage's text, a BytesMessage's bytes as UTF-8 (legacy STOMP senders). */
    public static String body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        if (message instanceof BytesMessage) {
            return new String(message.getBody(byte[].class), StandardCharsets.UTF_8);
        }
        return null;
    }

    private static BytesMessage bytes(JMSContext jms, byte[] body) throws JMSException {
        BytesMessage message = jms.createBytesMessage();
        message.writeBytes(body);
        return message;
    }
}
