package io.eventwire.console;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.inventory.boundary.Stockroom;
import io.eventwire.inventory.entity.Reservation;
import io.eventwire.notification.boundary.Notifier;
import io.eventwire.notification.entity.Mail;
import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.entity.Order;
import io.eventwire.payment.boundary.Cashier;
import io.eventwire.payment.entity.Payment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One order's story (/console/order.xhtml?id=…): every event of its correlation id in store order, with the
 * time between steps and what caused each, beside what each service holds about the order now.
 */
@Named
@RequestScoped
public class OrderPage {

    /** One step of the saga. {@code causedBy} is the type of the event that caused it, if it is in this story. */
    public record Step(long sequence, EventEnvelope envelope, String sinceStart, String sincePrevious,
                       String causedBy, String payload) {
    }

    @Inject
    OrderService orders;

    @Inject
    EventStore eventStore;

    @Inject
    Stockroom stockroom;

    @Inject
    Cashier cashier;

    @Inject
    Notifier notifier;

    private String id;
    private Order order;
    private List<Step> timeline;

    public String getId() {
        if (id == null) {
            id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().getOrDefault("id", "");
        }
        return id;
    }

    /** The order, or null when there is no order with that id. */
    public Order getOrder() {
        if (order == null && !getId().isBlank()) {
            order = orders.find(getId()).orElse(null);
        }
        return order;
    }

    public List<Step> getTimeline() {
        if (timeline == null) {
            timeline = timeline(eventStore.forCorrelation(getId()));
        }
        return timeline;
    }

    public Reservation getReservation() {
        return stockroom.reservationFor(getId()).orElse(null);
    }

    public Payment getPayment() {
        return cashier.find(getId()).orElse(null);
    }

    public List<Mail> getMails() {
        return notifier.mailsFor(getId());
    }

    static List<Step> timeline(List<StoredEvent> events) {
        Map<String, String> typeOfEvent = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        Instant start = null;
        Instant previous = null;
        for (StoredEvent event : events) {
            EventEnvelope envelope = event.envelope();
            Instant at = Instant.parse(envelope.occurredAt());
            start = start == null ? at : start;
            steps.add(new Step(event.sequence(), envelope, Formats.gap(Duration.between(start, at)),
                    previous == null ? "" : Formats.gap(Duration.between(previous, at)),
                    envelope.causationId() == null ? null : typeOfEvent.getOrDefault(envelope.causationId(), "(another story)"),
                    Formats.pretty(envelope.payload())));
            typeOfEvent.put(envelope.eventId(), envelope.eventType());
            previous = at;
        }
        return steps;
    }
}
