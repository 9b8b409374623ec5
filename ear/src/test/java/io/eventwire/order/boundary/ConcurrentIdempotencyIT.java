package io.eventwire.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A busy client retrying at once: one Idempotency-Key sent N times together makes one order, never a 500. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentIdempotencyIT {

    private static final int REQUESTS = 16;
    private static final String ORDER = """
            {"customerId":"C-300","email":"c300@example.com","items":[{"sku":"SKU-1","quantity":1}],"payment":{"token":"tok_visa"}}""";

    @ArquillianResource
    URL base;

    @Test
    void theSameKeySentAtOnceGivesOne202AndTheSameOrderWith200ToEveryOther() throws Exception {
        Http http = new Http(base);
        String key = UUID.randomUUID().toString();

        List<HttpResponse<String>> responses = atOnce(() -> http.send(http.request("/api/orders", "client")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(ORDER))));

        Map<Integer, Long> statuses = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(202, 1L, 200, (long) REQUESTS - 1), statuses, responses.stream()
                .filter(response -> response.statusCode() >= 300).map(HttpResponse::body).findFirst().orElse(""));
        List<String> orderIds = responses.stream().map(Http::object).map(body -> body.getString("orderId"))
                .distinct().toList();
        assertEquals(1, orderIds.size(), "every answer names the same order: " + orderIds);
        String orderId = orderIds.get(0);
        assertEquals(200, http.get("/api/orders/" + orderId, "client").statusCode());
        assertEquals(1, Http.array(http.get("/api/events?type=OrderPlaced&correlationId=" + orderId, "viewer")).size(),
                "one OrderPlaced in the store");
    }

    @Test
    void differentKeysSentAtOnceEachMakeTheirOwnOrder() throws Exception {
        Http http = new Http(base);

        List<HttpResponse<String>> responses = atOnce(() -> http.send(http.request("/api/orders", "client")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(ORDER))));

        assertEquals(List.of(202), responses.stream().map(HttpResponse::statusCode).distinct().toList());
        assertEquals(REQUESTS, responses.stream().map(Http::object).map(body -> body.getString("orderId")).distinct().count());
    }

    /** REQUESTS calls released together by one latch; each bounded. */
    private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : pending) {
                responses.add(response.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
