package io.eventwire.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.DomainAdministrator;
import io.eventwire.Eventually;
import io.eventwire.Http;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server dies in the middle of two-phase commits and comes back: every branch it left prepared in the
 * database and in the broker is resolved by itself, committed where the commit decision was logged and rolled
 * back where it was not, and the committed order completes its saga. Ends with the server running again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransactionRecoveryIT {

    /** A cold start with deployment; on a loaded 2-core machine it has taken over four minutes. */
    private static final Duration START = Duration.ofSeconds(360);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    @Test
    void aRestartedServerCommitsWhatItDecidedAndRollsBackWhatItDidNot() throws Exception {
        Http http = new Http(base);
        http.stock(InDoubt.SKU, 10, "1.00");

        Map<String, String> orders = crashInTheMiddleOfCommits(http);
        String decided = orders.get("decided");
        String undecided = orders.get("undecided");
        assertTrue(decided != null && undecided != null, "both orders were placed before the crash: " + orders);
        assertTrue(PreparedTransactions.inBroker() >= 2, "the crash left both orders' broker branches prepared");

        startServer();
        Eventually.await("/health to be UP with its broker and database checks", START, () -> health(http),
                answer -> answer.contains("\"name\":\"broker\"") && answer.contains("\"name\":\"database\"")
                        && answer.startsWith("200"));

        Eventually.await("no prepared transaction left in the database and in the broker", RECOVERY,
                () -> List.of(PreparedTransactions.inDatabase(http), PreparedTransactions.inBroker()),
                prepared -> prepared.equals(List.of(0L, 0L)));
        Eventually.await("the order whose commit was decided to be confirmed", RECOVERY,
                () -> status(http, decided), "CONFIRMED"::equals);
        assertEquals(1, http.events(decided).stream()
                .filter(event -> event.getString("eventType").equals("OrderPlaced")).count());
        assertEquals(404, http.get("/api/orders/" + undecided, "client").statusCode(),
                "the order without a commit decision was rolled back");
        assertEquals(0, Http.array(http.get("/api/events?correlationId=" + undecided, "viewer")).size(),
                "no event of the rolled-back order was stored");
    }

    /** Returns the ids the endpoint wrote before the server halted, by "decided" and "undecided". */
    private static Map<String, String> crashInTheMiddleOfCommits(Http http) throws InterruptedException {
        Map<String, String> orders = new HashMap<>();
        HttpRequest request = http.request(InDoubt.PATH, null).timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (Stream<String> lines = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines())
                .body()) {
            lines.map(line -> line.split(" ", 2)).forEach(line -> orders.put(line[0], line[1]));
        } catch (IOException | UncheckedIOException halted) {
            // expected: the server dies while it answers
        }
        return orders;
    }

    private static void startServer() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(DomainAdministrator.asadmin("start-domain",
                System.getProperty("eventwire.payara.domain")))
                .redirectErrorStream(true)
                .redirectOutput(new File("target/in-doubt-start-domain.log"))
                .start();
        if (!start.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            start.destroyForcibly();
            throw new AssertionError("asadmin start-domain did not return within " + START.toSeconds() + " s");
        }
        assertEquals(0, start.exitValue(), "asadmin start-domain failed; see ear/target/in-doubt-start-domain.log");
    }

    /** The order's status, or the HTTP status while the order is not readable (its branch still in doubt). */
    private static String status(Http http, String orderId) {
        HttpResponse<String> order = http.get("/api/orders/" + orderId, "client");
        return order.statusCode() == 200 ? Http.object(order).getString("status") : "HTTP " + order.statusCode();
    }

    private static String health(Http http) {
        try {
            HttpResponse<String> health = http.get("/health", null);
            return health.statusCode() + " " + health.body();
        } catch (UncheckedIOException down) {
            return "no answer";
        }
    }
}
