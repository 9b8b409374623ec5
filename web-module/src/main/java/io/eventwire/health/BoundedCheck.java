package io.eventwire.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * A check whose probe runs on the check's own worker thread and is waited for only until a deadline: /health
 * answers in time whatever the probe hangs on (a pool, a socket to a dead peer). While a probe is still out no
 * second one starts; later callers wait for the same one, and hear "no answer" if it is not back by their deadline.
 */
abstract class BoundedCheck implements HealthCheck {

    /**
     * /health answers within 2 s: Payara runs the checks one after the other, so each waits under half of that,
     * which leaves room for the rest of the request even when both probes hang.
     */
    static final Duration DEADLINE = Duration.ofMillis(800);

    private final String name;

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService worker;
    private Future<HealthCheckResponse> current;

    BoundedCheck(String name) {
        this.name = name;
    }

    /** Asks the part for real; may block, may throw. */
    abstract HealthCheckResponse probe() throws Exception;

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> answer = currentProbe();
        try {
            return answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("no answer within " + DEADLINE.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted while waiting for the probe");
        }
    }

    HealthCheckResponse up() {
        return HealthCheckResponse.up(name);
    }

    HealthCheckResponse down(String error) {
        return HealthCheckResponse.named(name).down().withData("error", error).build();
    }

    private synchronized Future<HealthCheckResponse> currentProbe() {
        if (current == null || current.isDone()) {
            current = worker.submit(this::probe);
        }
        return current;
    }
}
