package io.eventwire.events;

import java.lang.reflect.InvocationTargetException;

/**
 * The payload of one event: a record annotated with the topic it is {@link Published} to. Its type is the
 * record's simple name (OrderPlaced), so a search for the name finds the class, its producer and every
 * consumer. By convention the record's first component is the id of the aggregate it is about.
 */
public interface DomainEvent {

    default String eventType() {
        return getClass().getSimpleName();
    }

    default int eventVersion() {
        return 1;
    }

    default Topic topic() {
        return getClass().getAnnotation(Published.class).value();
    }

    default String aggregateType() {
        return topic().aggregateType();
    }

    default String aggregateId() {
        try {
            return String.valueOf(getClass().getRecordComponents()[0].getAccessor().invoke(this));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(eventType() + " has no readable aggregate id", e);
        }
    }
}
