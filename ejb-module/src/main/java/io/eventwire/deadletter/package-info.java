/**
 * Dead letters: the messages the broker gave up on after the last failed delivery (address {@code DLQ}),
 * shown with the failure their consumer recorded, and sent back to the queue they came from or deleted.
 */
package io.eventwire.deadletter;
