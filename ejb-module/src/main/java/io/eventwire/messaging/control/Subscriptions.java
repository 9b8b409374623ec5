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

    private List<EventConsumer> consumers;
    private Map<String, String> queues;

    @PostConstruct
    void collect() {
        consumers = beans.stream().toList();
        Map<String, String> bySubscription = new TreeMap<>();
        consumers.forEach(consumer -> bySubscription.put(consumer.queue(), consumer.address()));
        queues = Collections.unmodifiableMap(bySubscription);
    }

    /** The fully qualified queue name ({@code orders::inventory.orders}) of a subscription we consume. */
    public Optional<String> queue(String subscription) {
        return Optional.ofNullable(subscription == null ? null : queues.get(subscription));
    }

    /** Every subscription by name, sorted, with its fully qualified queue name. */
    public Map<String, String> all() {
        return queues;
    }

    /** Every consumer, for {@link Deliveries}. */
    List<EventConsumer> consumers() {
        return consumers;
    }
}
