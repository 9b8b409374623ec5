package io.eventwire.replay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.messaging.control.BrokerQueues.Backlog;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How long the redrive lets an order wait behind the queues' backlog before it calls the order stalled, and which
 * changes of orders a tick reads.
 */
class RedriveTest {

    private static final Instant TICK = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void emptyQueuesAddNoWait() {
        Redrive redrive = new Redrive();

        assertEquals(Duration.ZERO, redrive.drain(Map.of("payment.inventory", new Backlog(0, 500)), TICK));
    }

    @Test
    void aBacklogWaitsAsLongAsItTakesToDrainAtTheRateSinceTheLastTick() {
        Redrive redrive = new Redrive();
        redrive.drain(Map.of("notification.orders", new Backlog(900, 1_000)), TICK);

        Duration wait = redrive.drain(Map.of("notification.orders", new Backlog(600, 1_300)), TICK.plusSeconds(15));

        assertEquals(Duration.ofSeconds(30), wait, "600 messages at 300 per 15 s");
    }

    @Test
    void theSlowestQueueSetsTheWaitNotTheSum() {
        Redrive redrive = new Redrive();
        redrive.drain(Map.of("notification.orders", new Backlog(600, 0), "inventory.orders", new Backlog(10, 0)), TICK);

        Duration wait = redrive.drain(Map.of("notification.orders", new Backlog(600, 300),
                "inventory.orders", new Backlog(10, 3_000)), TICK.plusSeconds(15));

        assertEquals(Duration.ofSeconds(30), wait, "notification.orders: 600 at 300 per 15 s; the sum would say 2 s");
    }

    @Test
    void queuesThatDidNotMoveOrWhoseCountersRestartedWaitTheCap() {
        Redrive redrive = new Redrive();

        assertEquals(Redrive.BACKLOG_CAP, redrive.drain(queue(10, 1_000), TICK), "no earlier tick to compare");
        assertEquals(Redrive.BACKLOG_CAP, redrive.drain(queue(10, 1_000), TICK.plusSeconds(15)), "nothing acknowledged");
        assertEquals(Redrive.BACKLOG_CAP, redrive.drain(queue(10, 3), TICK.plusSeconds(30)), "the broker restarted");
    }

    @Test
    void aSlowDrainIsCapped() {
        Redrive redrive = new Redrive();
        redrive.drain(queue(100_000, 0), TICK);

        assertEquals(Redrive.BACKLOG_CAP, redrive.drain(queue(100_000, 1), TICK.plusSeconds(15)));
    }

    @Test
    void theFirstTickReadsTheWholeHorizon() {
        assertEquals(TICK.minus(Redrive.HORIZON), new Redrive().changedSince(TICK));
    }

    @Test
    void aTickReadsTheChangesSinceWhereTheLastOneLooked() {
        Redrive redrive = new Redrive();
        redrive.lookedAt(TICK.minusSeconds(30), TICK);

        assertEquals(TICK.minusSeconds(30), redrive.changedSince(TICK.plusSeconds(15)));
    }

    @Test
    void aTransactionStillOpenHoldsTheMarkBeforeWhatItMayCommit() {
        Redrive redrive = new Redrive();
        redrive.lookedAt(TICK.minusSeconds(30), TICK.minusSeconds(20)); // open since 20 s: its change may say 50 s ago

        assertEquals(TICK.minusSeconds(20).minus(Redrive.LONGEST_TRANSACTION),
                redrive.changedSince(TICK.plusSeconds(15)));
    }

    @Test
    void aDeeperBacklogDoesNotMoveTheMarkBack() {
        Redrive redrive = new Redrive();
        redrive.lookedAt(TICK.minusSeconds(30), TICK);
        redrive.lookedAt(TICK.minusSeconds(300), TICK.plusSeconds(15)); // quiet grew with the backlog

        assertEquals(TICK.minusSeconds(30), redrive.changedSince(TICK.plusSeconds(15)));
    }

    @Test
    void neverBeforeTheHorizon() {
        Redrive redrive = new Redrive();
        redrive.lookedAt(TICK.minus(Redrive.HORIZON), TICK);

        assertEquals(TICK.plusSeconds(15).minus(Redrive.HORIZON), redrive.changedSince(TICK.plusSeconds(15)));
    }

    private static Map<String, Backlog> queue(long messages, long acknowledged) {
        return Map.of("order.payments", new Backlog(messages, acknowledged));
    }
}
