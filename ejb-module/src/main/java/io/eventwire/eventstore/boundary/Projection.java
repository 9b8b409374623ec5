package io.eventwire.eventstore.boundary;

import io.eventwire.events.EventEnvelope;

/**
 * A read model derived from stored events, which an operator can rebuild by walking the store again
 * (replay/boundary/Replays.rebuild): each event is applied in store order, in batches.
 */
public interface Projection {

    /** How operators name it, e.g. in POST /api/admin/rebuild/{name}. */
    String name();

    /** The events it is derived from. */
    EventSelection source();

    /** Applies one event; applying an event again, or an older one after a newer, must leave the same state. */
    void apply(EventEnvelope event);
}
