package io.eventwire.replay.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** A replay named a subscription nobody consumes: sending there would create a queue no one reads. */
@ApplicationException
public class UnknownSubscriptionException extends RuntimeException {

    public UnknownSubscriptionException(String subscription, Set<String> known) {
        super("no subscription '" + subscription + "'; known: " + String.join(", ", known));
    }
}
