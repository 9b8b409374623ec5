package io.eventwire.notification.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderCancelled;
import io.eventwire.events.OrderConfirmed;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Subscription {@code notification.orders}: mails the customer when the order is confirmed or cancelled. OrderPlaced
 * does not reach it (broker.xml's filter): the address is read from the event store ({@link Notifier}).
 */
@ApplicationScoped
public class NotificationOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "notification.orders";

    public NotificationOrdersConsumer() {
        super(Topic.ORDERS, SUBSCRIPTION);
    }

    @Inject
    Notifier notifier;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderConfirmed.class)) {
            OrderConfirmed confirmed = EventJson.payload(event, OrderConfirmed.class);
            notifier.confirmed(confirmed.orderId(), confirmed.total(), event.eventId());
        } else if (EventJson.is(event, OrderCancelled.class)) {
            OrderCancelled cancelled = EventJson.payload(event, OrderCancelled.class);
            notifier.cancelled(cancelled.orderId(), cancelled.reason(), event.eventId());
        }
    }
}
