package io.eventwire.messaging.control;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Log lines about events, each starting with {@code [correlationId]} (the order id), so that one search of
 * server.log finds everything an order's events made consumers do. {@code [-]} marks a message too broken
 * to name its order.
 */
public final class CorrelatedLog {

    private final Logger logger;

    private CorrelatedLog(Logger logger) {
        this.logger = logger;
    }

    public static CorrelatedLog of(Class<?> source) {
        return new CorrelatedLog(Logger.getLogger(source.getName()));
    }

    public void fine(String correlationId, Supplier<String> message) {
        log(Level.FINE, correlationId, message);
    }

    public void info(String correlationId, Supplier<String> message) {
        log(Level.INFO, correlationId, message);
    }

    public void warning(String correlationId, Supplier<String> message) {
        log(Level.WARNING, correlationId, message);
    }

    private void log(Level level, String correlationId, Supplier<String> message) {
        if (logger.isLoggable(level)) {
            logger.log(level, "[" + (correlationId == null ? "-" : correlationId) + "] " + message.get());
        }
    }
}
