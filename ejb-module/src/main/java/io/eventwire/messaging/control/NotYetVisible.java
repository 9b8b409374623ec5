package io.eventwire.messaging.control;

/**
 * The state an event follows from is not visible yet: after a crash, the transaction that stored it can have
 * committed in the broker (so its event is delivered) while its database branch waits for recovery to commit it.
 * Such a failure says nothing about the message, so it does not count towards the DLQ; redelivery with backoff
 * meets the state once recovery (src/docs/reliability.md) has finished that transaction.
 */
public class NotYetVisible extends RuntimeException {

    public NotYetVisible(String message) {
        super(message);
    }
}
