package io.eventwire.messaging.control;

import java.util.concurrent.Semaphore;

/**
 * Subscriptions whose deliveries may not overlap beyond a limit. Each subscription of the lane has {@code sessions}
 * broker sessions, and at most {@code sessions} transactions of the whole lane handle messages at once. Subscriptions
 * that lock the same rows share a lane of one session: a transaction takes several messages and locks their rows
 * one message after the other, so two such transactions at once could each wait for a row the other holds.
 *
 * @param sessions how many transactions of the lane handle messages at once
 */
public record DeliveryLane(String name, int sessions) {

    /** Sessions of a subscription whose transactions lock only rows of their own orders. */
    static final int SESSIONS = 2;

    public DeliveryLane {
        if (sessions < 1) {
            throw new IllegalArgumentException("a lane needs a session");
        }
    }

    /** A lane of its own for a subscription. */
    static DeliveryLane of(String subscription) {
        return new DeliveryLane(subscription, SESSIONS);
    }

    /** The permits a transaction of this lane holds while it handles messages. */
    Semaphore permits() {
        return new Semaphore(sessions, true);
    }
}
