package io.eventwire.messaging.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The subscriptions this application consumes: its {@link EventConsumer} beans, so that deliveries, replay and
 * dead-letter retry all know the same queues without a list to keep in step.
 */
@ApplicationScoped
public class Subscriptions {

    @Inject
    @Any
    Instance<EventConsumer> beans;

    private Map<String, EventConsumer> consumers;

    @PostConstruct
    void collect() {
        Map<String, EventConsumer> bySubscription = new TreeMap<>();
        beans.forEach(consumer -> bySubscription.put(consumer.queue(), consumer));
        consumers = Collections.unmodifiableMap(bySubscription);
    }

    /** The fully qualified queue name ({@code orders::inventory.orders}) of a subscription we consume. */
    public Optional<String> queue(String subscription) {
        return Optional.ofNullable(subscription == null ? null : consumers.get(subscription)).map(EventConsumer::address);
    }

    /** Every subscription by name, sorted, with its fully qualified queue name. */
    public Map<String, String> all() {
        Map<String, String> queues = new TreeMap<>();
        consumers.forEach((subscription, consumer) -> queues.put(subscription, consumer.address()));
        return queues;
    }

    /** Every consumer, for {@link Deliveries}. */
    List<EventConsumer> consumers() {
        return List.copyOf(consumers.values());
    }
}
