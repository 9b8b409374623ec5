/**
 * Every event Eventwire publishes, as explicit, versioned types (CONTRACT §4), and the JSON envelope
 * that carries them. A search for an event's class name finds its producer and all its consumers.
 */
package io.eventwire.events;
