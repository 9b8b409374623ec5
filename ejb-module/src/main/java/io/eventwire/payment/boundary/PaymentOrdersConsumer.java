package io.eventwire.payment.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;

/** Subscription {@code payment.orders}: OrderPlaced tells Payment which token to charge. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "orders::" + PaymentOrdersConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class PaymentOrdersConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "payment.orders";

    @Inject
    Cashier cashier;

    @Override
    protected String subscription() {
        return SUBSCRIPTION;
    }

    @Override
    protected void handle(EventEnvelope event) {
        if (EventJson.is(event, OrderPlaced.class)) {
            OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
            cashier.orderPlaced(placed.orderId(), placed.paymentToken(), event.eventId());
        }
    }
}
