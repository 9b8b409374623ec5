package io.eventwire.events;

/** The payload of one event: what happened, to which aggregate, and where it is published. */
public interface DomainEvent {

    String eventType();

    int eventVersion();

    Topic topic();

    String aggregateType();

    String aggregateId();
}
