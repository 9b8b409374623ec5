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
import jakarta.jms.Message;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Subscription {@code inventory.payments}: a captured payment ships the reservation, a failed one releases it. */
@ApplicationScoped
public class InventoryPaymentsConsumer extends EventConsumer {

    public static final String SUBSCRIPTION = "inventory.payments";

    public InventoryPaymentsConsumer() {
        super(Topic.PAYMENTS, SUBSCRIPTION);
    }

    @Inject
    Stockroom stockroom;

    /** The SKUs held for every order whose payment outcome is in the batch, locked together in SKU order. */
    @Override
    public void lockAhead(List<Message> batch) {
        stockroom.lockReservedStock(readable(batch).stream().filter(InventoryPaymentsConsumer::isOutcome)
                .map(EventEnvelope::aggregateId).collect(Collectors.toSet()));
    }

    private static boolean isOutcome(EventEnvelope event) {
        return EventJson.is(event, PaymentCaptured.class) || EventJson.is(event, PaymentDeclined.class)
                || EventJson.is(event, PaymentFailed.class);
    }

    @Override
    protected void handle(EventEnvelope event) {
        Instant occurredAt = Instant.parse(event.occurredAt());
        if (EventJson.is(event, PaymentCaptured.class)) {
            stockroom.ship(event.aggregateId(), occurredAt);
        } else if (isOutcome(event)) {
            stockroom.release(event.aggregateId(), occurredAt, event.eventId());
        }
    }
}
