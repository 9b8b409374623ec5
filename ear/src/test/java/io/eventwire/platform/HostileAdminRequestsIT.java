package io.eventwire.platform;

import static io.eventwire.HostileRequests.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.HostileRequests;
import io.eventwire.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operators' endpoints and the event store's query as an attacker calls them: PUT /api/inventory/{sku},
 * POST /api/admin/replay, the dead letters, rebuilds and GET /api/events with mutated bodies, paths and query
 * parameters. Each answer is a 4xx problem naming the field; no stock is created or changed by any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileAdminRequestsIT {

    private static final String STOCK = "{\"available\":100,\"price\":\"19.99\"}";
    /** A valid replay of nothing: a day long before any event. */
    private static final String REPLAY = "{\"subscription\":\"inventory.orders\",\"type\":\"OrderPlaced\","
            + "\"from\":\"2000-01-01T00:00:00Z\",\"to\":\"2000-01-02T00:00:00Z\",\"fromSequence\":1}";

    @ArquillianResource
    URL base;

    @Test
    void everyHostileStockChangeIsA4xxProblemAndChangesNoStock() {
        Http http = new Http(base);
        String sku = "HOSTILE-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, http.send(put(http, sku + "-OK", STOCK)).statusCode(), "the unmutated stock is accepted");
        long before = HostileRequests.lastEventSequence(http);
        HostileRequests corpus = new HostileRequests(http);

        for (String[] mutation : HostileRequests.wholeNumberMutations()) {
            corpus.add("available = " + mutation[0], put(http, sku, with(STOCK, "\"available\":100", mutation[0])), 400,
                    mutation[1] == null ? "available" : mutation[1]);
        }
        for (String[] mutation : HostileRequests.stringMutations("\"19.99\"", 15)) {
            corpus.add("price = " + mutation[0], put(http, sku, with(STOCK, "\"price\":\"19.99\"", mutation[0])),
                    400, mutation[1] == null ? "price" : mutation[1]);
        }
        for (String price : new String[]{"19.99", "\"19.999\"", "\"-1\"", "\"1e3\"", "\"abc\"", "\"\"", "\"19,99\"",
                "\"9999999999999.00\"", "\" 19.99\"", "\"١٩.٩٩\""}) {
            corpus.add("price = " + price, put(http, sku, with(STOCK, "\"price\":\"19.99\"", price)), 400, "price");
        }
        corpus.add("without available", put(http, sku, "{\"price\":\"19.99\"}"), 400, "available");
        corpus.add("without price", put(http, sku, "{\"available\":100}"), 400, "price");
        corpus.add("available twice", put(http, sku, "{\"available\":100,\"available\":1,\"price\":\"19.99\"}"), 400,
                "available");
        corpus.add("price twice", put(http, sku, "{\"available\":100,\"price\":\"19.99\",\"price\":\"0.01\"}"), 400, "price");
        for (String document : HostileRequests.documentMutations(STOCK)) {
            corpus.add("document " + document, put(http, sku, document), 400, "body");
        }
        for (String[] path : new String[][]{{"%01", "400"}, {"a%7Fb", "400"}, {"a%20b", "400"}, {"%C3%A9", "400"},
                {"s".repeat(65), "400"}, {"s".repeat(300), "400"}, {"a%0Ab", "400"}}) {
            corpus.add("sku " + path[0], http.request("/api/inventory/" + path[0], "operator")
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(STOCK)),
                    Integer.parseInt(path[1]), "sku");
        }
        corpus.add("charset=nonsense", put(http, sku, STOCK, "application/json; charset=nonsense"), 400, "Content-Type");
        corpus.add("text/plain", put(http, sku, STOCK, "text/plain"), 415, null);
        corpus.add("two Content-Types", put(http, sku, STOCK).header("Content-Type", "text/plain"), 400, null);
        corpus.add("a client changes stock", http.request("/api/inventory/" + sku, "client")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(STOCK)), 403, null);
        corpus.add("POST stock", http.request("/api/inventory/" + sku, "operator")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(STOCK)), 405, null);
        corpus.add("DELETE stock", http.request("/api/inventory/" + sku, "operator").DELETE(), 405, null);

        List<String> failures = corpus.failures();

        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " answered wrongly:\n"
                + String.join("\n", failures));
        assertEquals(404, http.get("/api/inventory/" + sku, "viewer").statusCode(), "no stock was created");
        assertEquals(List.of(), HostileRequests.eventsAfter(http, "StockChanged", before), "no stock was changed");
    }

    @Test
    void everyHostileReplayDeadLetterAndEventQueryIsA4xxProblem() {
        Http http = new Http(base);
        assertEquals(202, http.send(post(http, "/api/admin/replay", REPLAY)).statusCode(), "the unmutated replay is accepted");
        HostileRequests corpus = new HostileRequests(http);

        for (String field : new String[]{"subscription", "type"}) {
            String member = field.equals("type") ? "\"type\":\"OrderPlaced\"" : "\"subscription\":\"inventory.orders\"";
            for (String[] mutation : HostileRequests.stringMutations(member.substring(member.indexOf(':') + 1), 64)) {
                replay(corpus, http, field + " = " + mutation[0], with(REPLAY, member, mutation[0]),
                        mutation[1] == null ? field : mutation[1]);
            }
        }
        String from = "\"from\":\"2000-01-01T00:00:00Z\"";
        for (String time : new String[]{"\"yesterday\"", "\"2026-13-45T99:99:99Z\"", "\"2026-02-30T00:00:00Z\"",
                "\"2026-01-01\"", "\"2026-01-01T00:00:00\"", "\"+999999999-01-01T00:00:00Z\"",
                "\"\"", "1767225600", "true", "[]", "\"2026-01-01T00:00:00Z\\u0000\""}) {
            replay(corpus, http, "from = " + time, with(REPLAY, from, time), "from");
        }
        replay(corpus, http, "from after to", with(REPLAY, from, "\"2000-01-03T00:00:00Z\""), "timeRangeOrdered");
        for (String[] mutation : HostileRequests.wholeNumberMutations()) {
            if (!mutation[0].equals("2147483648")) { // a valid sequence number for a long
                replay(corpus, http, "fromSequence = " + mutation[0], with(REPLAY, "\"fromSequence\":1", mutation[0]),
                        mutation[1] == null ? "fromSequence" : mutation[1]);
            }
        }
        replay(corpus, http, "toSequence before fromSequence", REPLAY.replace("}", ",\"toSequence\":0}"), null);
        replay(corpus, http, "no subscription", "{}", "subscription");
        replay(corpus, http, "an unknown subscription", with(REPLAY, "\"subscription\":\"inventory.orders\"",
                "\"nobody.orders\""), "subscription");
        for (String document : HostileRequests.documentMutations(REPLAY)) {
            replay(corpus, http, "document " + document, document, "body");
        }
        corpus.add("a viewer replays", http.request("/api/admin/replay", "viewer").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REPLAY)), 403, null);
        for (String[] path : new String[][]{{"/api/admin/replay/%01", "400", "id"}, {"/api/admin/replay/x", "404", null},
                {"/api/admin/replay/" + "r".repeat(300), "400", "id"}, {"/api/admin/dlq/x", "405", null},
                {"/api/admin", "404", null}, {"/api", "404", null}, {"/api/", "404", null},
                {"/api/application.wadl", "404", null}}) {
            corpus.add("GET " + path[0], http.request(path[0], "operator").GET(), Integer.parseInt(path[1]),
                    path[2]);
        }
        for (String[] id : new String[][]{{"%01", "400", "id"}, {"x", "404", null}, {"x~m1", "404", null},
                {"'%20OR%201=1", "404", null}, {"a%0Ab~m1", "400", "id"}, {"d".repeat(300), "400", "id"}}) {
            corpus.add("retry dead letter " + id[0], http.request("/api/admin/dlq/" + id[0] + "/retry", "operator")
                    .POST(HttpRequest.BodyPublishers.noBody()), Integer.parseInt(id[1]), id[2]);
            corpus.add("delete dead letter " + id[0], http.request("/api/admin/dlq/" + id[0], "operator")
                    .DELETE(), Integer.parseInt(id[1]), id[2]);
        }
        corpus.add("a viewer retries a dead letter", http.request("/api/admin/dlq/x~m1/retry", "viewer")
                .POST(HttpRequest.BodyPublishers.noBody()), 403, null);
        for (String[] model : new String[][]{{"%02", "400"}, {"nothing", "400"}, {"m".repeat(300), "400"}}) {
            corpus.add("rebuild " + model[0], http.request("/api/admin/rebuild/" + model[0], "operator")
                    .POST(HttpRequest.BodyPublishers.noBody()), Integer.parseInt(model[1]), "readModel");
        }
        for (String[] query : new String[][]{{"limit=abc", "limit"}, {"limit=1.5", "limit"}, {"limit=0", "limit"},
                {"limit=1001", "limit"}, {"limit=99999999999", "limit"}, {"limit=-1", "limit"},
                {"afterSequence=99999999999999999999", "afterSequence"}, {"afterSequence=-1", "afterSequence"},
                {"afterSequence=1e3", "afterSequence"}, {"afterSequence=0x10", "afterSequence"},
                {"type=%00", "type"}, {"type=Order%0APlaced", "type"}, {"correlationId=" + "c".repeat(300), "correlationId"},
                {"correlationId=%7F", "correlationId"}}) {
            corpus.add("GET /api/events?" + query[0], http.request("/api/events?" + query[0], "viewer").GET(),
                    400, query[1]);
        }
        corpus.add("a client reads the event store", http.request("/api/events", "client").GET(), 403, null);
        corpus.add("POST /api/events", http.request("/api/events", "operator").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), 405, null);

        List<String> failures = corpus.failures();

        assertTrue(corpus.size() >= 100, corpus.size() + " cases");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " answered wrongly:\n"
                + String.join("\n", failures));
    }

    private static void replay(HostileRequests corpus, Http http, String name, String body, String field) {
        corpus.add(name, post(http, "/api/admin/replay", body), 400, field);
    }

    private static HttpRequest.Builder post(Http http, String path, String body) {
        return http.request(path, "operator").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(Http http, String sku, String body) {
        return put(http, sku, body, "application/json");
    }

    private static HttpRequest.Builder put(Http http, String sku, String body, String contentType) {
        return http.request("/api/inventory/" + sku, "operator").header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }
}
