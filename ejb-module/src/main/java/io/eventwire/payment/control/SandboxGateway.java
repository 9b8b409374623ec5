package io.eventwire.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The built-in gateway (CONTRACT §4): tok_chargeDeclined is declined, tok_processingError fails every
 * attempt, tok_flaky fails the first two attempts, any other token is captured. Like a real provider it
 * answers a repeated idempotency key with its first answer, and counts the charges it really made.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    static final int FLAKY_FAILURES = 2;

    /** Prometheus: eventwire_gateway_calls_total, calls with a new idempotency key (real charges and refusals). */
    static final String CALLS = "eventwire_gateway_calls";
    /** Prometheus: eventwire_gateway_repeats_total, calls that repeated a key and got its first answer. */
    static final String REPEATS = "eventwire_gateway_repeats";

    /** How many keys it remembers (a provider keeps them for a day or so); the oldest are forgotten first. */
    private static final int REMEMBERED_KEYS = 100_000;

    private final Map<String, Result> answers = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    });

    @Inject
    MetricRegistry metrics;

    @Override
    public Result charge(String orderId, String token, BigDecimal amount, int attempt) {
        String key = PaymentGateway.idempotencyKey(orderId, attempt);
        Result first = answers.get(key);
        if (first != null) {
            metrics.counter(REPEATS).inc();
            return first;
        }
        return answers.computeIfAbsent(key, k -> {
            metrics.counter(CALLS).inc();
            return decide(token, attempt);
        });
    }

    private static Result decide(String token, int attempt) {
        return switch (token) {
            case "tok_chargeDeclined" -> new Declined("card declined");
            case "tok_processingError" -> new Unavailable("processing error");
            case "tok_flaky" -> attempt <= FLAKY_FAILURES ? new Unavailable("gateway timeout") : captured();
            default -> captured();
        };
    }

    private static Captured captured() {
        return new Captured("pay_" + UUID.randomUUID());
    }
}
