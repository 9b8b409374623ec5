package io.eventwire.console;

import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.inventory.boundary.InventoryOrdersConsumer;
import io.eventwire.inventory.boundary.InventoryPaymentsConsumer;
import io.eventwire.messaging.control.BrokerQueues;
import io.eventwire.notification.boundary.NotificationOrdersConsumer;
import io.eventwire.order.boundary.OrderInventoryConsumer;
import io.eventwire.order.boundary.OrderPaymentsConsumer;
import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.entity.OrderStatus;
import io.eventwire.payment.boundary.PaymentInventoryConsumer;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard, computed afresh on every poll: orders by status (database), the event rate (event store)
 * and each subscription queue's depth, consumers and dead letters (broker).
 */
@Named
@RequestScoped
public class DashboardPage {

    private static final Logger LOG = Logger.getLogger(DashboardPage.class.getName());

    /** Every subscription of the saga, in the order events flow through them. */
    static final List<String> SUBSCRIPTIONS = List.of(
            InventoryOrdersConsumer.SUBSCRIPTION, NotificationOrdersConsumer.SUBSCRIPTION,
            OrderInventoryConsumer.SUBSCRIPTION, PaymentInventoryConsumer.SUBSCRIPTION,
            OrderPaymentsConsumer.SUBSCRIPTION, InventoryPaymentsConsumer.SUBSCRIPTION);

    static final Duration RATE_WINDOW = Duration.ofSeconds(60);
    static final Duration BUCKET = Duration.ofSeconds(10);
    static final int BUCKETS = 12;

    /** One bar of a small chart: its label, its number and its length in percent of the longest bar. */
    public record Bar(String label, long value, int percent) {
    }

    @Inject
    OrderService orders;

    @Inject
    EventStore eventStore;

    @Inject
    BrokerQueues broker;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private List<BrokerQueues.Figures> queues;
    private String brokerProblem;

    public Instant getUpdatedAt() {
        return now;
    }

    public List<Bar> getOrdersByStatus() {
        Map<OrderStatus, Long> counts = orders.countByStatus();
        return bars(counts.entrySet().stream().map(count -> new Bar(count.getKey().name(), count.getValue(), 0)).toList());
    }

    /** Events appended per second over the last minute. */
    public String getEventsPerSecond() {
        long events = eventStore.count(EventStore.Filter.between(now.minus(RATE_WINDOW), now));
        return String.format(Locale.ROOT, "%.1f", events / (double) RATE_WINDOW.toSeconds());
    }

    /** Events per ten seconds over the last two minutes, oldest first. */
    public List<Bar> getEventHistory() {
        List<Bar> history = new ArrayList<>();
        for (int age = BUCKETS; age > 0; age--) {
            Instant from = now.minus(BUCKET.multipliedBy(age));
            long events = eventStore.count(EventStore.Filter.between(from, from.plus(BUCKET)));
            history.add(new Bar("-" + BUCKET.multipliedBy(age).toSeconds() + " s", events, 0));
        }
        return bars(history);
    }

    public List<BrokerQueues.Figures> getQueues() {
        if (queues == null && brokerProblem == null) {
            try {
                queues = broker.figures(SUBSCRIPTIONS);
            } catch (BrokerQueues.Unreachable | EJBException e) {
                LOG.log(Level.WARNING, "dashboard: broker figures unavailable", e);
                brokerProblem = e.getMessage();
                queues = List.of();
            }
        }
        return queues;
    }

    /** Null while the broker answers; otherwise why the queue figures are missing. */
    public String getBrokerProblem() {
        getQueues();
        return brokerProblem;
    }

    /** The queue depth as a bar length, relative to the deepest queue. */
    public int depthPercent(BrokerQueues.Figures figures) {
        long deepest = getQueues().stream().mapToLong(BrokerQueues.Figures::depth).max().orElse(0);
        return deepest == 0 ? 0 : (int) (100 * figures.depth() / deepest);
    }

    private static List<Bar> bars(List<Bar> unscaled) {
        long longest = unscaled.stream().mapToLong(Bar::value).max().orElse(0);
        return unscaled.stream()
                .map(bar -> new Bar(bar.label(), bar.value(), longest == 0 ? 0 : (int) (100 * bar.value() / longest)))
                .toList();
    }
}
