package io.eventwire.legacy.control;

import io.eventwire.legacy.entity.Exchange;
import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.entity.Channel;
import io.eventwire.order.entity.Order;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Where legacy records become orders, rejections or status records. Everything it does joins the caller's
 * transaction, which also consumed the record: an order and its ACCEPTED status, or the rejection, commit
 * together with taking the record off the queue, or not at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LegacyDesk {

    public static final String INBOUND = "legacy.orders.in";
    public static final String REJECTED = "legacy.orders.rejected";
    public static final String STATUS = "legacy.orders.status";
    private static final int BODY_KEPT = 4000;
    private static final Logger LOG = Logger.getLogger(LegacyDesk.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderService orders;

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    /** One record off legacy.orders.in: a new order, the order its legacyRef already made, or a rejection. */
    public void take(InboundRecord record) {
        LegacyOrder legacy;
        try {
            legacy = record.translate();
        } catch (Rejection rejection) {
            reject(record, rejection);
            return;
        }
        OrderService.Placement placement = orders.place(legacy.toCommand());
        Order order = placement.order();
        em.persist(new Exchange(Exchange.Kind.RECEIVED, legacy.legacyRef(), order.id(), record.format(),
                placement.created() ? null : "REPEAT", null, record.excerpt(BODY_KEPT)));
        LOG.info(() -> "[" + order.id() + "] legacy record " + legacy.legacyRef()
                + (placement.created() ? " placed the order" : " repeats an order already placed"));
        send(StatusRecord.of(order));
    }

    /** A legacy order changed state: its legacy system learns it. Web orders are not theirs to hear of. */
    public void changed(String orderId) {
        orders.find(orderId)
                .filter(order -> order.channel() == Channel.LEGACY)
                .ifPresent(order -> send(StatusRecord.of(order)));
    }

    private void reject(InboundRecord record, Rejection rejection) {
        em.persist(new Exchange(Exchange.Kind.REJECTED, rejection.legacyRef(), null, record.format(),
                rejection.code().name(), rejection.reason(), record.excerpt(BODY_KEPT)));
        LOG.info(() -> "legacy record " + record.messageId() + " rejected " + rejection.code() + ": "
                + rejection.reason());
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSProducer producer = jms.createProducer();
            record.properties().forEach(producer::setProperty);
            producer.setProperty("rejectCode", rejection.code().name())
                    .setProperty("rejectReason", rejection.reason());
            if (rejection.legacyRef() != null) {
                producer.setProperty("legacyRef", rejection.legacyRef());
            }
            Queue rejected = jms.createQueue(REJECTED);
            if (record.text() != null) {
                producer.send(rejected, record.text());
            } else if (record.bytes() != null) {
                producer.send(rejected, record.bytes());
            } else {
                producer.send(rejected, jms.createMessage());
            }
        }
        if (rejection.legacyRef() != null) {
            send(new StatusRecord(rejection.legacyRef(), null, StatusRecord.Status.REJECTED, rejection.code().name()));
        }
    }

    private void send(StatusRecord status) {
        em.persist(new Exchange(Exchange.Kind.STATUS, status.legacyRef(), status.orderId(), null,
                status.status().name(), status.reason(), status.text()));
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSProducer producer = jms.createProducer()
                    .setProperty("legacyRef", status.legacyRef())
                    .setProperty("status", status.status().name());
            if (status.orderId() != null) {
                producer.setJMSCorrelationID(status.orderId());
            }
            producer.send(jms.createQueue(STATUS), status.text());
        }
    }
}
