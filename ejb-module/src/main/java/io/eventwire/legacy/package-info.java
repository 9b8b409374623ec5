/**
 * Legacy integration (CONTRACT §5): systems that can only drop records on a queue place orders through
 * {@code legacy.orders.in} (FIXED, CSV or XML), find what could not become an order on
 * {@code legacy.orders.rejected} with the reason, and follow their orders on {@code legacy.orders.status}.
 * A legacy order runs through the same saga as a web order. Layouts and codes: src/docs/legacy-integration.md.
 */
package io.eventwire.legacy;
