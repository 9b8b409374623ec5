package io.eventwire.order.control;

import io.eventwire.eventstore.boundary.EventSelection;
import io.eventwire.eventstore.boundary.Projection;
import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.Money;
import io.eventwire.events.OrderCancelled;
import io.eventwire.events.OrderConfirmed;
import io.eventwire.events.Topic;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The order list's statuses as the orders' own OrderConfirmed and OrderCancelled events record them.
 * Rebuilding it repairs rows that lost their outcome, e.g. after an older backup of the orders table was
 * restored. An order has at most one such event, so applying them again is harmless; an order without one
 * is left as it is, and an order the table no longer has cannot be recreated from its outcome alone.
 */
@Stateless
public class OrderStatuses implements Projection {

    public static final String NAME = "order-statuses";

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public EventSelection source() {
        return new EventSelection(Topic.ORDERS.aggregateType(), null, null, null, null, null);
    }

    @Override
    public void apply(EventEnvelope event) {
        if (EventJson.is(event, OrderConfirmed.class)) {
            OrderConfirmed confirmed = EventJson.payload(event, OrderConfirmed.class);
            restore(confirmed.orderId(), OrderStatus.CONFIRMED, null, confirmed.total());
        } else if (EventJson.is(event, OrderCancelled.class)) {
            OrderCancelled cancelled = EventJson.payload(event, OrderCancelled.class);
            restore(cancelled.orderId(), OrderStatus.CANCELLED, cancelled.reason(), null);
        }
    }

    private void restore(String orderId, OrderStatus status, String reason, String total) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null) {
            order.restore(status, reason, Money.parse(total));
        }
    }
}
