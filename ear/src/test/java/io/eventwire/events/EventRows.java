package io.eventwire.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Stores an envelope written by hand in event_store, as the producer that sends it would have in the same
 * transaction: consumers act only on stored events (messaging/control/Provenance). An event stored already is left.
 */
public final class EventRows {

    private static final String INSERT = "INSERT INTO event_store (event_id, event_type, event_version, occurred_at,"
            + " correlation_id, causation_id, aggregate_type, aggregate_id, payload)"
            + " VALUES (?, ?, ?, ?::timestamptz, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING";

    private EventRows() {
    }

    public static void store(Connection connection, String envelope) throws SQLException {
        JsonObject event = Json.createReader(new StringReader(envelope)).readObject();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.getString("eventId"));
            insert.setString(2, event.getString("eventType"));
            insert.setInt(3, event.getInt("eventVersion"));
            insert.setString(4, event.getString("occurredAt"));
            insert.setString(5, event.getString("correlationId"));
            insert.setString(6, event.isNull("causationId") ? null : event.getString("causationId"));
            insert.setString(7, event.getString("aggregateType"));
            insert.setString(8, event.getString("aggregateId"));
            insert.setString(9, event.getJsonObject("payload").toString());
            insert.executeUpdate();
        }
    }
}
