/**
 * What every event consumer shares: reading an event from a JMS message and remembering, per
 * subscription, which events it has already handled, so a redelivered or duplicated event has no effect.
 */
package io.eventwire.messaging;
