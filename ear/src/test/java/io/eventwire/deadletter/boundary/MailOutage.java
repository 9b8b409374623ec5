package io.eventwire.deadletter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Http;
import io.eventwire.Smtp;
import java.util.UUID;

/**
 * A real poison an operator can fix: the mail server is down, so notification.orders fails on an order's
 * confirmation at every delivery until the broker dead-letters it. Starting the server again is the fix.
 */
public final class MailOutage {

    private MailOutage() {
    }

    /** Stops the mail server and places an order that will be confirmed; returns its id. */
    public static String placeOrderWhileMailIsDown(Http http, String email) {
        String sku = "D-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, 5, "2.00");
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

    public static boolean mailed(String email) {
        return !Smtp.mailsTo(email).isEmpty();
    }
}
