/**
 * The Order service: accepts orders, publishes {@code OrderPlaced}, and owns each order's status.
 */
package io.eventwire.order;
