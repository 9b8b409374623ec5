package io.eventwire.replay.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** A replay named a subscription nobody consumes, or a rebuild a read model we do not have. */
@ApplicationException
public class UnknownTargetException extends RuntimeException {

    /** @param what "subscription" or "read model" */
    public UnknownTargetException(String what, String name, Set<String> known) {
        super("no " + what + " '" + name + "'; known: " + String.join(", ", known));
    }
}
