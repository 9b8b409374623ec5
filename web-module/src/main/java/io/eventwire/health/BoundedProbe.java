package io.eventwire.health;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One check's probe, run on the check's own worker thread and waited for only until a deadline: /health answers
 * in time whatever the probe hangs on (a pool, a socket to a dead peer). While a probe is still out no second one
 * starts; later callers wait for the same one, and hear "no answer" if it is not back by their deadline.
 */
final class BoundedProbe {

    /**
     * /health answers within 2 s: Payara runs the checks one after the other, so each waits under half of that,
     * which leaves room for the rest of the request even when both probes hang.
     */
    static final Duration DEADLINE = Duration.ofMillis(800);

    private final String name;
    private final ExecutorService worker;
    private Future<HealthCheckResponse> current;

    BoundedProbe(String name, ThreadFactory threads) {
        this.name = name;
        this.worker = Executors.newSingleThreadExecutor(threads);
    }

    HealthCheckResponse answer(Callable<HealthCheckResponse> probe) {
        Future<HealthCheckResponse> answer = start(probe);
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

    HealthCheckResponse down(String error) {
        return HealthCheckResponse.named(name).down().withData("error", error).build();
    }

    void stop() {
        worker.shutdownNow();
    }

    private synchronized Future<HealthCheckResponse> start(Callable<HealthCheckResponse> probe) {
        if (current == null || current.isDone()) {
            current = worker.submit(probe);
        }
        return current;
    }
}
