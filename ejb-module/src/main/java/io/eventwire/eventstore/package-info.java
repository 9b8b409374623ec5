/**
 * The event store: every event is appended here once, in the same transaction as the state change that
 * caused it and the JMS send that publishes it, so the store and the topics never disagree.
 */
package io.eventwire.eventstore;
