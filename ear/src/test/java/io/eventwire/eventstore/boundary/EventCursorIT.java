package io.eventwire.eventstore.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader paging GET /api/events with afterSequence, and a replay, see every committed event exactly once in
 * sequence order, although sequences are drawn at insert and transactions commit in another order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventCursorIT {

    private static final Duration SAGA = Duration.ofSeconds(120);
    private static final int ORDERS = 60;
    private static final int SUBMITTERS = 6;
    private static final int PAGE = 10;

    @ArquillianResource
    URL base;

    @Test
    void anEventCommittingAfterALaterNumberedOneIsReadOnceWhenItCommits() {
        Http http = new Http(base);
        long start = lastStored(http);
        List<JsonObject> read;
        String held = writers(http, "hold");
        String later;
        try {
            later = writers(http, "append");
            read = new ArrayList<>(pageUntilEmpty(http, start));
            assertTrue(ids(read).stream().noneMatch(later::equals),
                    "the later event is not handed out while an earlier-numbered one may still commit: " + ids(read));
        } finally {
            writers(http, "release");
        }

        read.addAll(Eventually.await("both events read", SAGA, () -> pageUntilEmpty(http, cursor(read, start)),
                page -> ids(page).containsAll(List.of(held, later))));

        assertEquals(1, ids(read).stream().filter(held::equals).count(), "the held event once: " + ids(read));
        assertEquals(1, ids(read).stream().filter(later::equals).count(), "the later event once: " + ids(read));
        assertTrue(sequenceOf(read, held) < sequenceOf(read, later), "the held event drew the lower sequence");
        assertEquals(sequences(read).stream().sorted().distinct().toList(), sequences(read), "in sequence order, once each");
    }

    @Test
    void aReplayWaitsForAnEarlierNumberedEventStillBeingWrittenAndSendsIt() {
        Http http = new Http(base);
        long start = lastStored(http);
        String location;
        try {
            writers(http, "hold");
            writers(http, "append");
            HttpResponse<String> started = http.postJson("/api/admin/replay", "operator",
                    "{\"subscription\":\"order.inventory\",\"type\":\"StockChanged\",\"fromSequence\":" + (start + 1) + "}");
            assertEquals(202, started.statusCode(), started.body());
            location = started.headers().firstValue("Location").orElseThrow();
        } finally {
            writers(http, "release");
        }

        JsonObject done = Eventually.await("the replay to finish", SAGA, () -> progress(http, location),
                progress -> !progress.getString("status").equals("RUNNING"));
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("sent"), "the held and the later StockChanged: " + done);
    }

    @Test
    void pagingInALoopDuringABurstOfOrdersReturnsEveryStoredEventOnce() throws Exception {
        Http http = new Http(base);
        String sku = "CURSOR-" + UUID.randomUUID().toString().substring(0, 8);
        http.stock(sku, ORDERS, "1.00");
        long start = lastStored(http);
        Set<String> orders = ConcurrentHashMap.newKeySet();
        AtomicBoolean allPlaced = new AtomicBoolean();
        List<JsonObject> read = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS + 1);
        try {
            Future<?> reading = pool.submit(() -> readUntil(http, start, read,
                    page -> allPlaced.get() && outcomes(page).containsAll(orders)));
            List<Future<?>> placing = IntStream.range(0, SUBMITTERS).mapToObj(submitter -> pool.submit(() -> {
                for (int i = submitter; i < ORDERS; i += SUBMITTERS) {
                    orders.add(place(http, sku, i));
                }
            })).collect(Collectors.toList());
            for (Future<?> submitter : placing) {
                submitter.get(SAGA.toSeconds(), TimeUnit.SECONDS);
            }
            allPlaced.set(true);
            reading.get(SAGA.toSeconds(), TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        long readUpTo = cursor(read, start);
        assertEquals(stored(http, start, readUpTo), sequences(read),
                "the pages hold exactly the table's events up to the last one read, in order");
        assertEquals(ORDERS, read.stream().filter(event -> event.getString("eventType").equals("OrderPlaced")
                && orders.contains(event.getString("correlationId"))).count(), "one OrderPlaced per order");
    }

    /** Pages on (PAGE events at a time) until {@code done} holds for everything read so far. */
    private static Void readUntil(Http http, long start, List<JsonObject> read, Predicate<List<JsonObject>> done) {
        long deadline = System.nanoTime() + SAGA.toNanos();
        while (!done.test(read)) {
            assertTrue(System.nanoTime() < deadline, "the reader caught up within " + SAGA.toSeconds() + " s");
            List<JsonObject> page = page(http, cursor(read, start));
            read.addAll(page);
            if (page.size() < PAGE) {
                pause(); // caught up with what is settled: ask again a little later, as a polling client would
            }
        }
        return null;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<JsonObject> pageUntilEmpty(Http http, long after) {
        List<JsonObject> read = new ArrayList<>();
        for (List<JsonObject> page = page(http, after); !page.isEmpty(); page = page(http, cursor(read, after))) {
            read.addAll(page);
        }
        return read;
    }

    private static List<JsonObject> page(Http http, long after) {
        HttpResponse<String> page = http.get("/api/events?limit=" + PAGE + "&afterSequence=" + after, "viewer");
        assertEquals(200, page.statusCode(), page.body());
        return Http.array(page).getValuesAs(JsonObject.class);
    }

    private static String place(Http http, String sku, int i) {
        HttpResponse<String> placed = http.postJson("/api/orders", "client", """
                {"customerId":"C-cursor-%d","email":"cursor%d@example.com","items":[{"sku":"%s","quantity":1}],"payment":{"token":"tok_visa"}}"""
                .formatted(i, i, sku));
        assertEquals(202, placed.statusCode(), placed.body());
        return Http.object(placed).getString("orderId");
    }

    /** The orders whose outcome (OrderConfirmed or OrderCancelled) was read. */
    private static Set<String> outcomes(List<JsonObject> read) {
        return read.stream().filter(event -> Set.of("OrderConfirmed", "OrderCancelled").contains(event.getString("eventType")))
                .map(event -> event.getString("correlationId")).collect(Collectors.toSet());
    }

    /** The sequence to page on from: the last one read, or {@code start} before the first. */
    private static long cursor(List<JsonObject> read, long start) {
        return read.isEmpty() ? start : read.get(read.size() - 1).getJsonNumber("sequence").longValue();
    }

    private static List<Long> sequences(List<JsonObject> read) {
        return read.stream().map(event -> event.getJsonNumber("sequence").longValue()).toList();
    }

    private static List<String> ids(List<JsonObject> read) {
        return read.stream().map(event -> event.getString("eventId")).toList();
    }

    private static long sequenceOf(List<JsonObject> read, String eventId) {
        return read.stream().filter(event -> event.getString("eventId").equals(eventId)).findFirst().orElseThrow()
                .getJsonNumber("sequence").longValue();
    }

    private static JsonObject progress(Http http, String location) {
        return Http.object(http.get(location, "viewer"));
    }

    /** POSTs an action to the test-only writers; answers the event id they wrote, if any. */
    private static String writers(Http http, String action) {
        HttpResponse<String> answer = http.send(http.request(EventWriters.PATH + "?action=" + action, null)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.statusCode(), action + ": " + answer.body());
        return answer.body().trim();
    }

    private static long lastStored(Http http) {
        return Long.parseLong(http.get(EventWriters.PATH, null).body().trim());
    }

    /** The table's sequences in (after, upTo], read directly. */
    private static List<Long> stored(Http http, long after, long upTo) {
        return http.get(EventWriters.PATH + "?after=" + after + "&upTo=" + upTo, null).body().lines()
                .map(Long::parseLong).toList();
    }
}
