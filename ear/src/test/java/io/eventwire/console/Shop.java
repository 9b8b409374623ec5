package io.eventwire.console;

import io.eventwire.Eventually;
import io.eventwire.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

/** What the console tests need to exist first, made through the API as a client and an operator would. */
final class Shop {

    static final Duration SAGA = Duration.ofSeconds(60);

    private final Http http;

    Shop(URL base) {
        this.http = new Http(base);
    }

    Http http() {
        return http;
    }

    /** A SKU of this test only, so other tests' orders do not move its numbers. */
    String stock(int available, String price) {
        String sku = "CON-" + UUID.randomUUID().toString().substring(0, 8);
        restock(sku, available, price);
        return sku;
    }

    /** Replaces the SKU's figures as an operator would through the API. */
    void restock(String sku, int available, String price) {
        int status = http.send(http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + ",\"price\":\"" + price + "\"}")))
                .statusCode();
        if (status != 200) {
            throw new AssertionError("stocking " + sku + " answered " + status);
        }
    }

    /** Places an order of one unit of the SKU and waits until the saga has confirmed it. */
    String confirmedOrder(String customerId, String email, String sku) {
        String orderId = Http.object(http.postJson("/api/orders", "client", """
                {"customerId":"%s","email":"%s","items":[{"sku":"%s","quantity":1}],"payment":{"token":"tok_visa"}}"""
                .formatted(customerId, email, sku))).getString("orderId");
        Eventually.await("order " + orderId + " confirmed and mailed", SAGA,
                () -> Http.array(http.get("/api/orders/" + orderId + "/events", "viewer")).toString(),
                events -> events.contains("\"NotificationSent\""));
        return orderId;
    }
}
