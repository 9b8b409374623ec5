package io.eventwire.events;

/** A message that claims to be an event but cannot be read as one; the reason names what is wrong. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
