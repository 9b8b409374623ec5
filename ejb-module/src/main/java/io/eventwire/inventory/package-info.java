/**
 * The Inventory service: reacts to {@code OrderPlaced} on its subscription {@code inventory.orders}.
 */
package io.eventwire.inventory;
