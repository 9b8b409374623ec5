package io.eventwire.order.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.InventoryRejected;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Subscription {@code order.inventory}: a rejection cancels the order. The reservation does not reach it (broker.xml's
 * filter): the order reads its prices from the event store ({@link OrderService}).
 */
@ApplicationScoped
public class OrderInventoryConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "order.inventory";

    public OrderInventoryConsumer() {
        super(Topic.INVENTORY, SUBSCRIPTION);
    }

    @Inject
    OrderService orders;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, InventoryRejected.class)) {
            InventoryRejected rejected = EventJson.payload(event, InventoryRejected.class);
            orders.cancel(rejected.orderId(), rejected.reason(), event.eventId());
        }
    }
}
