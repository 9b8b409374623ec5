package io.eventwire.console;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** The event store browser: newest first, narrowed by type, correlation id, aggregate id and time. */
@Named
@ViewScoped
public class EventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every event type of CONTRACT §4, for the type filter. */
    static final List<String> TYPES = List.of("OrderPlaced", "OrderConfirmed", "OrderCancelled", "InventoryReserved",
            "InventoryRejected", "InventoryReleased", "StockChanged", "PaymentCaptured", "PaymentDeclined",
            "PaymentFailed", "NotificationSent");

    /** A stored event as the browser shows it. */
    public record Row(long sequence, EventEnvelope envelope, String payload) {

        static Row of(StoredEvent event) {
            EventEnvelope envelope = event.envelope();
            return new Row(event.sequence(), envelope, Formats.pretty(envelope.payload()));
        }
    }

    @Inject
    EventStore eventStore;

    private String type;
    private String correlationId;
    private String aggregateId;
    private LocalDateTime from;
    private LocalDateTime to;

    private final PageModel<Row> page = new PageModel<>(() -> eventStore.count(filter()),
            (first, max) -> eventStore.newestFirst(filter(), first, max).stream().map(Row::of).toList(),
            row -> String.valueOf(row.sequence()));

    EventStore.Filter filter() {
        return new EventStore.Filter(Formats.blankToNull(type), Formats.blankToNull(correlationId),
                Formats.blankToNull(aggregateId), Formats.utc(from), Formats.utc(to));
    }

    public PageModel<Row> getPage() {
        return page;
    }

    public List<String> getTypes() {
        return TYPES;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public void setAggregateId(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
