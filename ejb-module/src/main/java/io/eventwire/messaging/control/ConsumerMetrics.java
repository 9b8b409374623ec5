package io.eventwire.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Per subscription and event type, on /metrics (src/docs/operations.md lists the Prometheus names):
 * events handled, failed deliveries, phantoms dropped, and how long handling took.
 */
@ApplicationScoped
public class ConsumerMetrics {

    static final String HANDLED = "eventwire_events_handled";
    static final String FAILED = "eventwire_event_failures";
    static final String PROCESSING = "eventwire_event_processing";
    static final String PHANTOMS = "eventwire_phantom_events";

    /** The type of a message too broken to name one. */
    static final String UNREADABLE = "unreadable";

    @Inject
    MetricRegistry metrics;

    public void handled(String subscription, String eventType, Duration took) {
        Tag[] tags = tags(subscription, eventType);
        metrics.counter(HANDLED, tags).inc();
        metrics.timer(PROCESSING, tags).update(took);
    }

    public void failed(String subscription, String eventType) {
        metrics.counter(FAILED, tags(subscription, eventType)).inc();
    }

    public void phantom(String subscription, String eventType) {
        metrics.counter(PHANTOMS, tags(subscription, eventType)).inc();
    }

    private static Tag[] tags(String subscription, String eventType) {
        return new Tag[] {new Tag("subscription", subscription), new Tag("type", eventType == null ? UNREADABLE : eventType)};
    }
}
