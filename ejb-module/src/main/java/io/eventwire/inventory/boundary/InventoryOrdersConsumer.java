package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Subscription {@code inventory.orders}: OrderPlaced → reserve every line or reject the order. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "orders::" + InventoryOrdersConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class InventoryOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.orders";

    @Inject
    Stockroom stockroom;

    @Override
    protected String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderPlaced.class)) {
            OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
            EventJson.requireNonEmpty("items", placed.items());
            stockroom.reserve(placed, event.eventId());
        }
    }
}
