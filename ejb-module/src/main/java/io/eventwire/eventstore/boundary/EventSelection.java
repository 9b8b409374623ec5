package io.eventwire.eventstore.boundary;

import java.time.Instant;

/**
 * Which stored events to read again: of one aggregate type (a topic's events), optionally of one event type,
 * occurred in [from, to), with sequence in [fromSequence, toSequence]. A null bound does not restrict.
 */
public record EventSelection(String aggregateType, String type, Instant from, Instant to, Long fromSequence,
                             Long toSequence) {

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

    /** The same selection ending no later than {@code lastSequence}. */
    public EventSelection upTo(long lastSequence) {
        return new EventSelection(aggregateType, type, from, to, fromSequence,
                Math.min(toSequenceOrLast(), lastSequence));
    }

    Instant fromOrBeginning() {
        return from == null ? BEGINNING : from;
    }

    Instant toOrEnd() {
        return to == null ? END : to;
    }

    long fromSequenceOrFirst() {
        return fromSequence == null ? 0 : fromSequence;
    }

    long toSequenceOrLast() {
        return toSequence == null ? Long.MAX_VALUE : toSequence;
    }
}
