package io.eventwire;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A corpus of requests an attacker or a careless client sends, and what each must get: a 4xx problem document
 * (application/problem+json, its status matching the answer's) that names the field at fault and shows nothing
 * of our insides — no exception, class, stack or SQL.
 */
public final class HostileRequests {

    /** Words that only reach a body when an exception, a stack trace or a statement leaked into it. */
    private static final List<String> LEAKS = List.of("Exception", "exception", "\tat ", "at io.eventwire", "at org.",
            "Caused by", "org.postgresql", "org.hibernate", "SQL", "java.", "jakarta.", "INSERT ", "SELECT ", "<html",
            "<HTML", "<!DOCTYPE");

    private final Http http;
    private final List<Case> cases = new ArrayList<>();

    /** {@code status} 0 accepts any 4xx; {@code field} null accepts a problem that names no field. */
    public record Case(String name, HttpRequest.Builder request, int status, String field) {
    }

    public HostileRequests(Http http) {
        this.http = http;
    }

    public HostileRequests add(String name, HttpRequest.Builder request, int status, String field) {
        cases.add(new Case(name.length() > 80 ? name.substring(0, 80) + "… (" + name.length() + " characters)" : name,
                request, status, field));
        return this;
    }

    /** The JSON body with one member's value replaced by a literal: with(body, "\"quantity\":2", "1.5"). */
    public static String with(String body, String member, String literal) {
        return body.replace(member, member.substring(0, member.indexOf(':') + 1) + literal);
    }

    public int size() {
        return cases.size();
    }

    /** Sends every case; returns one line per case that was answered wrongly, with the answer. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (Case hostile : cases) {
            HttpResponse<String> response;
            try {
                // HTTP/1.1 as scripts speak it: over HTTP/2 a header value Grizzly dislikes resets the stream instead
                response = http.send(hostile.request().version(HttpClient.Version.HTTP_1_1));
            } catch (UncheckedIOException e) {
                failures.add(hostile.name() + ": no answer (" + e.getCause().getMessage() + ")");
                continue;
            }
            defect(hostile, response).ifPresent(defect -> failures.add(hostile.name() + ": " + defect + " -> "
                    + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                    + " " + excerpt(response.body())));
        }
        return failures;
    }

    static Optional<String> defect(Case hostile, HttpResponse<String> response) {
        int status = response.statusCode();
        if (hostile.status() == 0 ? status < 400 || status > 499 : status != hostile.status()) {
            return Optional.of("expected " + (hostile.status() == 0 ? "a 4xx" : hostile.status()));
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return Optional.of("not application/problem+json");
        }
        Optional<String> leak = LEAKS.stream().filter(response.body()::contains).findFirst();
        if (leak.isPresent()) {
            return Optional.of("leaks \"" + leak.get() + "\"");
        }
        JsonObject problem;
        try {
            problem = Http.object(response);
        } catch (RuntimeException notJson) {
            return Optional.of("the problem is not a JSON object");
        }
        if (problem.getInt("status", 0) != status) {
            return Optional.of("the problem's status differs from the answer's");
        }
        if (hostile.field() != null && problem.getJsonArray("errors").stream()
                .map(JsonValue::asJsonObject)
                .map(error -> error.getJsonString("field"))
                .map(JsonString::getString)
                .noneMatch(hostile.field()::equals)) {
            return Optional.of("names no field " + hostile.field());
        }
        return Optional.empty();
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /**
     * What a string field must refuse, as JSON literals, each with the field it blames (null: the field itself,
     * "body": the document as a whole): other JSON types, control characters, surrogate halves, one character
     * more than {@code max}.
     */
    public static List<String[]> stringMutations(String valid, int max) {
        return List.of(
                new String[]{"1", null}, new String[]{"1.5", null}, new String[]{"true", null}, new String[]{"false", null},
                new String[]{"[]", null}, new String[]{"{}", null}, new String[]{"[" + valid + "]", null},
                new String[]{"{\"value\":" + valid + "}", null},
                new String[]{"\"\\u0000\"", null}, new String[]{"\"" + inner(valid) + "\\u0000\"", null},
                new String[]{"\"\\u0001" + inner(valid) + "\"", null}, new String[]{"\"\\u001f\"", null},
                new String[]{"\"" + inner(valid) + "\\n\"", null}, new String[]{"\"\\r\\n\"", null},
                new String[]{"\"\\u007f\"", null}, new String[]{"\"\\u0085\"", null}, new String[]{"\"\\u009f\"", null},
                new String[]{"\"\\ud800\"", null}, new String[]{"\"\\udfff\"", null},
                new String[]{"\"" + inner(valid) + "\\ud83d\"", null}, new String[]{"\"\\udc00\\ud800\"", null},
                new String[]{"\"" + "x".repeat(max + 1) + "\"", null}, new String[]{"\"" + "x".repeat(10_000) + "\"", null},
                new String[]{"\"" + inner(valid) + "\tx\"", "body"}, new String[]{"'" + inner(valid) + "'", "body"},
                new String[]{"#" + inner(valid), "body"}, new String[]{"\"" + inner(valid), "body"});
    }

    /** What a whole-number field must refuse, as JSON literals (null: the field itself, "body": the document). */
    public static List<String[]> wholeNumberMutations() {
        return List.of(
                new String[]{"1.5", null}, new String[]{"2.0", null}, new String[]{"1.0e1", null}, new String[]{"1E2", null},
                new String[]{"1e2", null}, new String[]{"1E+2", null}, new String[]{"1E-2", null}, new String[]{"\"1\"", null},
                new String[]{"\"2\"", null}, new String[]{"\"\"", null}, new String[]{"true", null}, new String[]{"[]", null},
                new String[]{"[2]", null}, new String[]{"{}", null}, new String[]{"-1", null},
                new String[]{"2147483648", null}, new String[]{"-2147483649", null},
                new String[]{"9223372036854775808", null}, new String[]{"99999999999999999999999999", null},
                new String[]{"1e400", null}, new String[]{"1E-400", null}, new String[]{"-1e400", null},
                new String[]{"NaN", "body"}, new String[]{"Infinity", "body"}, new String[]{"0x10", "body"},
                new String[]{"01", "body"}, new String[]{"+1", "body"}, new String[]{".5", "body"}, new String[]{"1.", "body"},
                new String[]{"1" + "0".repeat(2000), null});
    }

    /** Whole documents that are not one JSON object, appended to or wrapped around a valid one. */
    public static List<String> documentMutations(String valid) {
        String open = valid.substring(0, valid.length() - 1);
        return List.of("", " ", "null", "[]", "[" + valid + "]", "\"" + valid.replace("\"", "\\\"") + "\"", "1", "true",
                "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}", "{'a':1}",
                valid + "}", valid + "garbage", valid + valid, valid + ",", valid + " 1", valid + "\u0000",
                valid + "/* comment */", "/* comment */" + valid, "\uFEFF" + valid, open, open + ",}", open + ",\"x\":}",
                valid.replace("{", "{ // comment\n"), valid.replace(":", ":NaN,\"y\":"));
    }

    /** The highest sequence in the event store now: what a test that must store nothing compares with afterwards. */
    public static long lastEventSequence(Http http) {
        long last = 0;
        for (List<JsonObject> page = eventsAfter(http, "", last); !page.isEmpty(); page = eventsAfter(http, "", last)) {
            last = page.get(page.size() - 1).getJsonNumber("sequence").longValue();
        }
        return last;
    }

    /** Stored events of a type (all types for "") after a sequence; the first thousand. */
    public static List<JsonObject> eventsAfter(Http http, String type, long sequence) {
        return Http.array(http.get("/api/events?limit=1000&afterSequence=" + sequence + "&type=" + type, "viewer"))
                .getValuesAs(JsonObject.class);
    }

    private static String inner(String literal) {
        return literal.substring(1, literal.length() - 1);
    }
}
