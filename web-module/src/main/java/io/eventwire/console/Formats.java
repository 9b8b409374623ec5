package io.eventwire.console;

import io.eventwire.events.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the console writes times (UTC, like the event store), money and payloads: {@code #{formats.time(…)}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /**
     * An instant, or an ISO-8601 instant as text (an event envelope's), in UTC; "" for null. One method, not an
     * overload per type: EL cannot choose between overloads for a null argument and fails the whole page.
     */
    public String time(Object instant) {
        if (instant == null) {
            return "";
        }
        return TIME.format(instant instanceof Instant at ? at : Instant.parse(instant.toString()));
    }

    public String money(BigDecimal amount) {
        return amount == null ? "—" : Money.format(amount);
    }

    /** A gap between two steps of a saga, e.g. "+12 ms" or "+2.4 s". */
    public static String gap(Duration duration) {
        long millis = duration.toMillis();
        return millis < 1000 ? "+" + millis + " ms" : String.format(Locale.ROOT, "+%.1f s", millis / 1000.0);
    }

    public static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        PRETTY.createWriter(text).write(json);
        return text.toString().strip();
    }

    /** An empty filter field does not narrow. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A time picked in the console (UTC) as an instant; null stays null. */
    static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
