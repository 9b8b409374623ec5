package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subscription {@code inventory.orders}: OrderPlaced → reserve every line or reject the order. */
@ApplicationScoped
public class InventoryOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.orders";

    public InventoryOrdersConsumer() {
        super(Topic.ORDERS, SUBSCRIPTION, Stockroom.LANE);
    }

    @Inject
    Stockroom stockroom;

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderPlaced.class)) {
            OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
            EventJson.requireNonEmpty("items", placed.items());
            stockroom.reserve(placed, event.eventId());
        }
    }
}
