package io.eventwire.messaging.control;

import io.eventwire.platform.Outages;

/**
 * Tells a failure of the platform under a delivery (the broker, the database connection, the transaction, a lock
 * or statement timeout, a state that recovery has not made visible yet) from a failure of the message. The first
 * kind says nothing about the message: it does not bring it closer to the DLQ, and the broker keeps redelivering
 * it with backoff until the platform is back. Everything else counts, also an outside service that is down (mail,
 * gateway): the DLQ is where an operator sees those and retries once they are fixed.
 */
final class Infrastructure {

    private Infrastructure() {
    }

    static boolean isBehind(Throwable failure) {
        return Outages.part(failure).isPresent()
                || Outages.causes(failure).stream().anyMatch(NotYetVisible.class::isInstance);
    }
}
