package io.eventwire.inventory.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A stock change that names the version it read (If-Match) never overwrites a change made since. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryResourceIT {

    @ArquillianResource
    URL base;

    @Test
    void aChangeOfAnOlderVersionIsRefusedWith412AndTheFiguresNow() {
        Http http = new Http(base);
        String sku = "IM-" + UUID.randomUUID().toString().substring(0, 8);
        String read = put(http, sku, 10, null).headers().firstValue("ETag").orElseThrow();
        assertEquals(read, http.get("/api/inventory/" + sku, "viewer").headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> first = put(http, sku, 20, read);
        assertEquals(200, first.statusCode(), first.body());
        assertNotEquals(read, first.headers().firstValue("ETag").orElseThrow(), "a change makes a new version");

        HttpResponse<String> stale = put(http, sku, 5, read);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(stale.body().contains("now 20 available"), stale.body());
        assertEquals(20, Http.object(http.get("/api/inventory/" + sku, "viewer")).getInt("available"));
    }

    @Test
    void anIfMatchThatIsNoETagOfOursIsA400Problem() {
        Http http = new Http(base);
        String sku = "IM-" + UUID.randomUUID().toString().substring(0, 8);
        put(http, sku, 10, null);

        HttpResponse<String> answer = put(http, sku, 5, "W/\"abc\"");

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(10, Http.object(http.get("/api/inventory/" + sku, "viewer")).getInt("available"));
    }

    private static HttpResponse<String> put(Http http, String sku, int available, String ifMatch) {
        HttpRequest.Builder request = http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"available\":" + available + ",\"price\":\"1.00\"}"));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }
}
