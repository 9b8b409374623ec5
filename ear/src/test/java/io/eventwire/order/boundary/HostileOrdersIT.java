package io.eventwire.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.HostileRequests;
import io.eventwire.Http;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * POST /api/orders as an attacker calls it: mutations of a valid order (every field given every wrong type,
 * control characters, surrogate halves, one character too many; every whole-number mistake in the quantity;
 * broken, doubled and trailing documents; invalid UTF-8), wrong headers and wrong methods. Each answer is a 4xx
 * problem naming the field, and no order is stored for any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileOrdersIT {

    private static final String ORDER = """
            {"customerId":"C-100","email":"c100@example.com","items":[{"sku":"SKU-1","quantity":2}],"payment":{"token":"tok_visa"}}""";

    /** Each string field of the order: its path in a problem, its member in ORDER, its documented maximum length. */
    private static final List<Object[]> STRING_FIELDS = List.of(
            new Object[]{"customerId", "\"customerId\":\"C-100\"", 64},
            new Object[]{"email", "\"email\":\"c100@example.com\"", 254},
            new Object[]{"items[0].sku", "\"sku\":\"SKU-1\"", 64},
            new Object[]{"payment.token", "\"token\":\"tok_visa\"", 64});
    private static final String QUANTITY = "\"quantity\":2";
    private static final String ITEMS = "\"items\":[{\"sku\":\"SKU-1\",\"quantity\":2}]";
    private static final String PAYMENT = "\"payment\":{\"token\":\"tok_visa\"}";

    @ArquillianResource
    URL base;

    @Test
    void everyHostileOrderRequestIsA4xxProblemNamingTheFieldAndStoresNothing() {
        Http http = new Http(base);
        assertEquals(202, http.send(post(http, ORDER)).statusCode(), "the unmutated order is accepted");
        long before = HostileRequests.lastEventSequence(http);
        HostileRequests corpus = new HostileRequests(http);

        for (Object[] field : STRING_FIELDS) {
            String member = (String) field[1];
            for (String[] mutation : HostileRequests.stringMutations(valueOf(member), (int) field[2])) {
                addBody(corpus, http, field[0] + " = " + mutation[0], with(member, mutation[0]),
                        mutation[1] == null ? (String) field[0] : mutation[1]);
            }
        }
        for (String[] mutation : HostileRequests.wholeNumberMutations()) {
            addBody(corpus, http, "quantity = " + mutation[0], with(QUANTITY, mutation[0]),
                    mutation[1] == null ? "items[0].quantity" : mutation[1]);
        }
        addStructureMutations(corpus, http);
        for (String document : HostileRequests.documentMutations(ORDER)) {
            addBody(corpus, http, "document " + document, document, "body");
        }
        addInvalidUtf8(corpus, http);
        addHeaderMutations(corpus, http);
        addWrongMethodsAndPaths(corpus, http);

        List<String> failures = corpus.failures();

        assertTrue(corpus.size() >= 200, corpus.size() + " cases");
        assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " answered wrongly:\n"
                + String.join("\n", failures));
        assertEquals(List.of(), HostileRequests.eventsAfter(http, "OrderPlaced", before), "no order was placed");
    }

    /**
     * A path with an encoded NUL or bytes that are not UTF-8 may never reach the API: Payara's HTTP layer refuses
     * such a URI itself with a bare 400 (no body to make a problem of) before any application code runs, or (over
     * HTTP/2, for bytes that are not UTF-8) decodes it and the API finds nothing there. What matters: a 400 or a
     * 404, never a 5xx, nothing leaked.
     */
    @Test
    void aPathTheServerCannotDecodeIsRefusedBeforeTheApi() {
        for (String path : new String[]{"/api/orders/%00", "/api/orders/a%00b/events", "/api/orders/%ED%A0%80",
                "/api/orders/%C3%28"}) {
            HttpResponse<String> response = new Http(base).get(path, "client");

            assertTrue(response.statusCode() == 400 || response.statusCode() == 404, path + ": " + response.statusCode());
            assertTrue(response.body().isEmpty() || response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"), path + ": " + response.body());
        }
    }

    private static void addStructureMutations(HostileRequests corpus, Http http) {
        String[][] items = {{"[]", "items"}, {"{}", "items"}, {"\"SKU-1\"", "items"}, {"true", "items"}, {"null", "items"},
                {"[null]", "items[0]"}, {"[1]", "items[0]"}, {"[[]]", "items[0]"}, {"[\"SKU-1\"]", "items[0]"},
                {"[" + "[".repeat(1500) + "]".repeat(1500) + "]", "items[0]"},
                {"[" + String.join(",", java.util.Collections.nCopies(101, "{\"sku\":\"SKU-1\",\"quantity\":1}")) + "]", "items"},
                {"[{\"sku\":\"SKU-1\",\"quantity\":1},{\"sku\":1,\"quantity\":1.5}]", "items[1].quantity"}};
        for (String[] mutation : items) {
            addBody(corpus, http, "items = " + mutation[0], with(ITEMS, mutation[0]), mutation[1]);
        }
        String[][] payments = {{"\"tok_visa\"", "payment"}, {"[]", "payment"}, {"null", "payment"}, {"1", "payment"},
                {"{}", "payment.token"}, {"{\"token\":null}", "payment.token"},
                {"{\"token\":\"4111111111111111\"}", "payment.token"}, {"{\"number\":\"4111111111111111\"}", "payment.token"}};
        for (String[] mutation : payments) {
            addBody(corpus, http, "payment = " + mutation[0], with(PAYMENT, mutation[0]), mutation[1]);
        }
        String[][] missing = {{"\"customerId\":\"C-100\",", "customerId"}, {"\"email\":\"c100@example.com\",", "email"},
                {ITEMS + ",", "items"}, {"," + PAYMENT, "payment"}, {"\"sku\":\"SKU-1\",", "items[0].sku"},
                {"," + QUANTITY, "items[0].quantity"}, {"\"token\":\"tok_visa\"", "payment.token"}};
        for (String[] mutation : missing) {
            addBody(corpus, http, "without " + mutation[0], ORDER.replace(mutation[0], ""), mutation[1]);
        }
        String[][] twice = {{"\"customerId\":\"C-100\"", "\"customerId\":\"C-100\",\"customerId\":\"C-200\"", "customerId"},
                {"\"customerId\":\"C-100\"", "\"customerId\":\"C-100\",\"customerId\":\"C-100\"", "customerId"},
                {QUANTITY, QUANTITY + ",\"quantity\":3", "items[0].quantity"},
                {"\"token\":\"tok_visa\"", "\"token\":\"tok_visa\",\"token\":\"tok_chargeDeclined\"", "payment.token"},
                {ITEMS, ITEMS + "," + ITEMS, "items"}, {PAYMENT, PAYMENT + "," + PAYMENT, "payment"}};
        for (String[] mutation : twice) {
            addBody(corpus, http, "twice " + mutation[1], ORDER.replace(mutation[0], mutation[1]), mutation[2]);
        }
        addBody(corpus, http, "empty object", "{}", "customerId");
    }

    private static void addInvalidUtf8(HostileRequests corpus, Http http) {
        int[][] sequences = {{0xC3, 0x28}, {0xFF}, {0xFE}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xED, 0xA0, 0x80},
                {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xE9}, {0x80}, {0xE2, 0x82}};
        for (int[] sequence : sequences) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String[] around = ORDER.split("C-100", 2);
            body.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
            for (int b : sequence) {
                body.write(b);
            }
            body.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
            corpus.add("customerId holds bytes " + java.util.Arrays.toString(sequence), http.request("/api/orders", "client")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 400, "body");
        }
        byte[] utf8 = ORDER.getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(utf8, utf8.length + 2);
        truncated[utf8.length] = (byte) 0xE2;
        truncated[utf8.length + 1] = (byte) 0x82;
        corpus.add("a truncated character after the object", http.request("/api/orders", "client")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(truncated)), 400, "body");
        corpus.add("UTF-16 without a charset", http.request("/api/orders", "client")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ORDER.getBytes(StandardCharsets.UTF_16BE))), 400, "body");
    }

    private static void addHeaderMutations(HostileRequests corpus, Http http) {
        String[] charsets = {"nonsense", "ISO-8859-1", "UTF-16", "utf-32", "x-user-defined", "\"\""};
        for (String charset : charsets) {
            corpus.add("charset=" + charset, withType(http, "application/json; charset=" + charset), 400, "Content-Type");
        }
        String[] unsupported = {"text/plain", "application/xml", "text/json", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/problem+json", "application/json-patch+json",
                "application/octet-stream"};
        for (String type : unsupported) {
            corpus.add("Content-Type " + type, withType(http, type), 415, null);
        }
        for (String malformed : new String[]{"application", "/json", "application/json; charset", "json;;;"}) {
            corpus.add("Content-Type " + malformed, withType(http, malformed), 0, null);
        }
        corpus.add("no Content-Type", http.request("/api/orders", "client")
                .POST(HttpRequest.BodyPublishers.ofString(ORDER)), 415, null);
        for (String accept : new String[]{"text/html", "application/xml"}) {
            corpus.add("Accept " + accept, post(http, ORDER).header("Accept", accept), 406, null);
        }
        // Non-ASCII keys are left out: Java's HTTP client sends them as '?', which is a valid key.
        String[] keys = {"k".repeat(129), "k".repeat(300), "k".repeat(4000), "", " ", "a b", "key\t1"};
        for (String key : keys) {
            corpus.add("Idempotency-Key of " + key.length() + " characters: " + key,
                    post(http, ORDER).header("Idempotency-Key", key), 400, "Idempotency-Key");
        }
        corpus.add("two Idempotency-Keys", post(http, ORDER).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Idempotency-Key", UUID.randomUUID().toString()), 400, "Idempotency-Key");
        corpus.add("a body over 64 KiB", post(http, ORDER.replace("}}", "},\"padding\":\"" + "x".repeat(70_000) + "\"}")),
                413, null);
        corpus.add("a viewer places an order", http.request("/api/orders", "viewer")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ORDER)), 403, null);
    }

    private static void addWrongMethodsAndPaths(HostileRequests corpus, Http http) {
        corpus.add("GET /api/orders", http.request("/api/orders", "client").GET(), 405, null);
        corpus.add("DELETE /api/orders", http.request("/api/orders", "client").DELETE(), 405, null);
        for (String method : new String[]{"PUT", "PATCH"}) {
            corpus.add(method + " /api/orders", http.request("/api/orders", "client").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(ORDER)), 405, null);
        }
        corpus.add("POST /api/orders/{id}", http.request("/api/orders/" + UUID.randomUUID(), "client")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ORDER)), 405, null);
        String[][] paths = {{"/api/orders/" + UUID.randomUUID(), "404", null}, {"/api/orders/x/events", "404", null},
                {"/api/orders/x/y/z", "404", null}, {"/api/nothing", "404", null}, {"/api/orders/%01", "400", "orderId"},
                {"/api/orders/a%08b/events", "400", "orderId"}, {"/api/orders/%1F", "400", "orderId"},
                {"/api/orders/" + "o".repeat(300), "400", "orderId"}};
        for (String[] path : paths) {
            corpus.add("GET " + path[0], http.request(path[0], "client").GET(), Integer.parseInt(path[1]), path[2]);
        }
    }

    private static void addBody(HostileRequests corpus, Http http, String name, String body, String field) {
        corpus.add(name, post(http, body), 400, field);
    }

    private static HttpRequest.Builder post(Http http, String body) {
        return http.request("/api/orders", "client").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder withType(Http http, String contentType) {
        return http.request("/api/orders", "client").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(ORDER));
    }

    private static String with(String member, String literal) {
        return HostileRequests.with(ORDER, member, literal);
    }

    private static String valueOf(String member) {
        return member.substring(member.indexOf(':') + 1);
    }
}
