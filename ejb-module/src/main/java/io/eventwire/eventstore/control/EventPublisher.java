package io.eventwire.eventstore.control;

import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.DomainEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.DeliveryChannel;
import io.eventwire.messaging.control.EventMessages;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Appends an event to the store and sends it to its topic inside the caller's transaction: both happen,
 * together with the caller's own state change, or none of them does (XA across database and broker).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventPublisher {

    /** Artemis drops a second message with the same value: a redelivered producer never publishes twice. */
    static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

    /** Marks a message sent again by a replay, with the replay's id. */
    public static final String REPLAY = "replay";

    /** Prometheus: eventwire_events_published_total{type="…"}. */
    static final String PUBLISHED = "eventwire_events_published";

    /**
     * The broker did not take the event; the caller's transaction rolls back. An application exception, so the EJB
     * container does not log it with its stack trace in every bean it passes: while the broker restarts, each
     * delivery and request fails this way, and those traces came to megabytes of log a second. The broker's
     * error stays its cause, which is how the API answers 503 and a consumer knows not to count it
     * (platform/Outages).
     */
    @ApplicationException(rollback = true)
    public static class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(JMSRuntimeException cause) {
            super("the broker did not take the event: " + cause.getMessage(), cause);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    @Inject
    MetricRegistry metrics;

    public EventEnvelope publish(DomainEvent event, String correlationId, String causationId) {
        return publish(event, correlationId, causationId, Map.of());
    }

    /**
     * @param routing message properties beyond the contract's, for the subscriptions' filters (broker.xml) only: a
     *                replayed event goes without them, so no consumer may need one
     */
    public EventEnvelope publish(DomainEvent event, String correlationId, String causationId, Map<String, String> routing) {
        EventEnvelope envelope = EventJson.envelope(event, correlationId, causationId);
        em.persist(new StoredEvent(envelope));
        send(envelope, jms -> jms.createTopic(event.topic().address()), producer -> {
            producer.setProperty(DUPLICATE_DETECTION_ID, envelope.eventId());
            routing.forEach(producer::setProperty);
        });
        metrics.counter(PUBLISHED, new Tag("type", envelope.eventType())).inc();
        return envelope;
    }

    /**
     * Sends a stored event again, to one subscription's queue only ({@code topic::subscription}; a topic's
     * queue is reached as a topic, or the broker refuses anycast routing to it). Without a duplicate-detection
     * id: the topic has already seen the event's id and would drop it.
     */
    public void resend(EventEnvelope envelope, String subscriptionQueue, String replayId) {
        send(envelope, jms -> jms.createTopic(subscriptionQueue), producer -> producer.setProperty(REPLAY, replayId));
    }

    /**
     * Publishes a stored event to its topic again, to whichever subscriptions the broker routes it to, as it did the
     * first time. Without a duplicate-detection id, which the topic has already seen, and without the routing
     * properties, which are not stored: the subscriptions' Inboxes refuse what they already handled.
     */
    public void republish(EventEnvelope envelope, int redrive) {
        Topic topic = Topic.carrying(envelope.aggregateType());
        send(envelope, jms -> jms.createTopic(topic.address()),
                producer -> producer.setProperty(EventMessages.REDRIVE, redrive));
    }

    /** Through the delivery's own session on a delivery's thread, else through the adapter's pool. */
    private void send(EventEnvelope envelope, Function<JMSContext, Destination> destination,
                      Consumer<JMSProducer> extra) {
        try {
            JMSContext delivering = DeliveryChannel.current();
            if (delivering != null) {
                send(delivering, envelope, destination, extra);
                return;
            }
            try (JMSContext jms = connectionFactory.createContext()) {
                send(jms, envelope, destination, extra);
            }
        } catch (JMSRuntimeException e) {
            throw new BrokerUnavailable(e);
        }
    }

    private static void send(JMSContext jms, EventEnvelope envelope, Function<JMSContext, Destination> destination,
                             Consumer<JMSProducer> extra) {
        JMSProducer producer = jms.createProducer()
                .setJMSCorrelationID(envelope.correlationId())
                .setProperty("eventType", envelope.eventType())
                .setProperty("eventId", envelope.eventId())
                .setProperty("eventVersion", envelope.eventVersion());
        extra.accept(producer);
        producer.send(destination.apply(jms), EventJson.toJson(envelope));
    }
}
