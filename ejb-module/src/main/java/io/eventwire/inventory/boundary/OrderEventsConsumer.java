package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.OrderPlaced;
import io.eventwire.messaging.control.EventMessages;
import io.eventwire.messaging.control.Inbox;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Inventory's subscription to the {@code orders} topic: the durable queue {@code inventory.orders} on that
 * address, shared by every MDB instance and server (see src/docs/messaging.md for why it is addressed by its
 * fully qualified name rather than as a JMS shared subscription). A message it cannot read throws, so the transaction rolls
 * back and the broker redelivers it with backoff until it lands in the DLQ; the events behind it flow on.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "orders::" + OrderEventsConsumer.SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class OrderEventsConsumer implements MessageListener {

    public static final String SUBSCRIPTION = "inventory.orders";

    private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class.getName());

    @Inject
    Inbox inbox;

    @Override
    public void onMessage(Message message) {
        EventEnvelope event = EventMessages.read(message);
        if (!OrderPlaced.TYPE.equals(event.eventType()) || !inbox.firstDelivery(SUBSCRIPTION, event)) {
            return;
        }
        OrderPlaced placed = EventJson.payload(event, OrderPlaced.class);
        EventJson.requireNonEmpty("items", placed.items());
        LOG.info(() -> "[" + event.correlationId() + "] order " + placed.orderId() + " received with "
                + placed.items().size() + " line(s)");
    }
}
