package io.eventwire.deadletter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Eventually;
import io.eventwire.Http;
import io.eventwire.Smtp;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * A real poison an operator can fix: the mail server is down, so notification.orders fails on an order's
 * confirmation at every delivery until the broker dead-letters it. Starting the server again is the fix.
 */
public final class MailOutage {

    public static final Duration DEAD = Duration.ofSeconds(90);

    private MailOutage() {
    }

    /** Stops the mail server and places an order that will be confirmed; returns its id. */
    public static String placeOrderWhileMailIsDown(Http http, String email) {
        String sku = "D-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, http.send(http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":5,\"price\":\"2.00\"}"))).statusCode());
        Smtp.server().stop();
        var placed = http.postJson("/api/orders", "client", "{\"customerId\":\"C-dlq\",\"email\":\"" + email
                + "\",\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"payment\":{\"token\":\"tok_visa\"}}");
        assertEquals(202, placed.statusCode(), placed.body());
        return Http.object(placed).getString("orderId");
    }

    public static void end() {
        if (!Smtp.server().isRunning()) {
            Smtp.server().start();
        }
    }

    /** The order's dead letter as GET /api/admin/dlq lists it, once the broker has given up on it. */
    public static JsonObject awaitDeadLetter(Http http, String orderId) {
        return Eventually.await("the confirmation of " + orderId + " in the DLQ", DEAD,
                () -> deadLetterOf(http, orderId), letter -> letter != null);
    }

    public static JsonObject deadLetterOf(Http http, String orderId) {
        return Http.array(http.get("/api/admin/dlq", "operator")).stream()
                .map(JsonObject.class::cast)
                .filter(letter -> orderId.equals(letter.getString("correlationId", null)))
                .findFirst().orElse(null);
    }

    public static boolean mailed(String email) {
        return Arrays.stream(Smtp.server().getReceivedMessages()).anyMatch(mail -> {
            try {
                return Arrays.toString(mail.getAllRecipients()).contains(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
