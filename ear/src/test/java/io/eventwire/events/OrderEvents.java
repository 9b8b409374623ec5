package io.eventwire.events;

import io.eventwire.Broker;
import io.eventwire.Database;
import jakarta.jms.JMSContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * An order's events written by hand, as JSON envelopes (CONTRACT §4), stored and sent to one subscription's queue
 * by its fully qualified name, from outside the server: each test decides which event arrives where, and when.
 */
public final class OrderEvents {

    private final String orderId;

    public OrderEvents(String orderId) {
        this.orderId = orderId;
    }

    public String placed(String email) {
        return placed(email, "SKU-1");
    }

    /** An OrderPlaced of one unit of {@code sku}. */
    public String placed(String email, String sku) {
        return envelope("OrderPlaced", 2, """
                {"orderId":"%s","customerId":"C-arrival","email":"%s","items":[{"sku":"%s","quantity":1}],
                 "paymentToken":"tok_visa","channel":"WEB"}""".formatted(orderId, email, sku));
    }

    public String confirmed(String total) {
        return envelope("OrderConfirmed", 1, """
                {"orderId":"%s","total":"%s"}""".formatted(orderId, total));
    }

    public String cancelled(String reason) {
        return envelope("OrderCancelled", 1, """
                {"orderId":"%s","reason":"%s"}""".formatted(orderId, reason));
    }

    /** A PaymentCaptured of this moment, as Payment would publish it. */
    public String captured(String amount) {
        return envelope("PaymentCaptured", 1, "Payment", Instant.now().toString(), """
                {"orderId":"%s","paymentId":"pay_early","amount":"%s"}""".formatted(orderId, amount));
    }

    /** The envelope, stored in event_store as its producer would have (unless it is already). */
    public static String stored(String envelope) {
        try (Connection database = Database.connect()) {
            EventRows.store(database, envelope);
            return envelope;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the event", e);
        }
    }

    /** Stores one envelope and sends it, with the properties every producer sets, to {@code topic::subscription}. */
    public void send(String subscriptionQueue, String envelope) {
        deliver(subscriptionQueue, stored(envelope));
    }

    /** Sends one envelope without storing it: a message whose transaction's database branch did not commit (yet). */
    public void deliver(String subscriptionQueue, String envelope) {
        String eventType = envelope.replaceFirst("(?s).*\"eventType\":\"([^\"]+)\".*", "$1");
        String eventId = envelope.replaceFirst("(?s).*\"eventId\":\"([^\"]+)\".*", "$1");
        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setJMSCorrelationID(orderId)
                    .setProperty("eventType", eventType)
                    .setProperty("eventId", eventId)
                    .send(jms.createTopic(subscriptionQueue), envelope);
        }
    }

    private String envelope(String type, int version, String payload) {
        return envelope(type, version, "Order", "2026-01-01T10:00:00Z", payload);
    }

    private String envelope(String type, int version, String aggregateType, String occurredAt, String payload) {
        return """
                {"eventId":"%s","eventType":"%s","eventVersion":%d,"occurredAt":"%s",
                 "correlationId":"%s","causationId":null,"aggregateType":"%s","aggregateId":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), type, version, occurredAt, orderId, aggregateType, orderId, payload);
    }
}
