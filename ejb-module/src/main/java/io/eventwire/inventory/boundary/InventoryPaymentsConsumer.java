package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.PaymentCaptured;
import io.eventwire.events.PaymentDeclined;
import io.eventwire.events.PaymentFailed;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Subscription {@code inventory.payments}: a captured payment ships the reservation, a failed one releases it. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "payments::" + InventoryPaymentsConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class InventoryPaymentsConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.payments";

    @Inject
    Stockroom stockroom;

    @Override
    protected String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, PaymentCaptured.class)) {
            stockroom.ship(event.aggregateId());
        } else if (EventJson.is(event, PaymentDeclined.class) || EventJson.is(event, PaymentFailed.class)) {
            stockroom.release(event.aggregateId(), event.eventId());
        }
    }
}
