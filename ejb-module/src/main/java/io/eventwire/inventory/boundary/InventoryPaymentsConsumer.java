package io.eventwire.inventory.boundary;

import io.eventwire.events.EventEnvelope;
import io.eventwire.events.EventJson;
import io.eventwire.events.PaymentCaptured;
import io.eventwire.events.PaymentDeclined;
import io.eventwire.events.PaymentFailed;
import io.eventwire.events.Topic;
import io.eventwire.messaging.control.EventConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Subscription {@code inventory.payments}: a captured payment ships the reservation, a failed one releases it. */
@ApplicationScoped
public class InventoryPaymentsConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.payments";

    public InventoryPaymentsConsumer() {
        super(Topic.PAYMENTS, SUBSCRIPTION, Stockroom.LANE);
    }

    @Inject
    Stockroom stockroom;

    @Override
    protected void handle(EventEnvelope event) {
        Instant occurredAt = Instant.parse(event.occurredAt());
        if (EventJson.is(event, PaymentCaptured.class)) {
            stockroom.ship(event.aggregateId(), occurredAt);
        } else if (EventJson.is(event, PaymentDeclined.class) || EventJson.is(event, PaymentFailed.class)) {
            stockroom.release(event.aggregateId(), occurredAt, event.eventId());
        }
    }
}
