package io.eventwire.eventstore.control;

import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.DomainEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Appends an event to the store and sends it to its topic inside the caller's transaction: both happen,
 * together with the caller's own state change, or none of them does (XA across database and broker).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventPublisher {

    /** Artemis drops a second message with the same value: a redelivered producer never publishes twice. */
    static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    public EventEnvelope publish(DomainEvent event, String correlationId, String causationId) {
        EventEnvelope envelope = EventJson.envelope(event, correlationId, causationId);
        em.persist(new StoredEvent(envelope));
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer()
                    .setJMSCorrelationID(envelope.correlationId())
                    .setProperty("eventType", envelope.eventType())
                    .setProperty("eventId", envelope.eventId())
                    .setProperty("eventVersion", envelope.eventVersion())
                    .setProperty(DUPLICATE_DETECTION_ID, envelope.eventId())
                    .send(jms.createTopic(event.topic().address()), EventJson.toJson(envelope));
        }
        return envelope;
    }
}
