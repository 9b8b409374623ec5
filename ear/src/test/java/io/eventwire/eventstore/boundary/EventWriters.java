package io.eventwire.eventstore.boundary;

import io.eventwire.eventstore.control.EventPublisher;
import io.eventwire.events.StockChanged;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Test-only endpoint: event writers whose commits the test orders, and the event_store table as it is.
 * POST {@code action=hold} appends an event in a transaction left open until {@code action=release} commits
 * it (rolled back if no release comes within two minutes); {@code action=append} appends one and commits at
 * once. Each answers the event's id. GET {@code ?after=A&upTo=B} lists the stored sequences in (A, B], one a
 * line; GET without parameters answers the highest stored sequence.
 */
@WebServlet("/test/event-writers")
public class EventWriters extends HttpServlet {

    static final String PATH = "test/event-writers";

    private static final long HOLD_AT_MOST_SECONDS = 120;

    /** The one held transaction: its release signal and its end. */
    private record Held(CountDownLatch release, Future<?> transaction) {
    }

    private static final AtomicReference<Held> HELD = new AtomicReference<>();

    @EJB
    EventPublisher publisher;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "hold" -> response.getWriter().print(hold());
                case "append" -> response.getWriter().print(inTransaction(this::append, () -> { }));
                case "release" -> release();
                default -> response.sendError(400, "action: hold, append or release");
            }
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        String after = request.getParameter("after");
        try (Connection connection = database.getConnection()) {
            if (after == null) {
                try (ResultSet last = connection.createStatement()
                        .executeQuery("SELECT COALESCE(max(sequence), 0) FROM event_store")) {
                    last.next();
                    response.getWriter().print(last.getLong(1));
                }
                return;
            }
            PreparedStatement stored = connection.prepareStatement(
                    "SELECT sequence FROM event_store WHERE sequence > ? AND sequence <= ? ORDER BY sequence");
            stored.setLong(1, Long.parseLong(after));
            stored.setLong(2, Long.parseLong(request.getParameter("upTo")));
            try (ResultSet sequences = stored.executeQuery()) {
                while (sequences.next()) {
                    response.getWriter().println(sequences.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Appends on a thread of its own, which keeps the transaction open; answers once the row is inserted. */
    private String hold() throws Exception {
        CompletableFuture<String> appended = new CompletableFuture<>();
        CountDownLatch release = new CountDownLatch(1);
        Future<?> transaction = executor.submit(() -> {
            try {
                inTransaction(() -> {
                    appended.complete(append());
                    return null;
                }, () -> {
                    if (!release.await(HOLD_AT_MOST_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no release within " + HOLD_AT_MOST_SECONDS + " s");
                    }
                });
            } catch (Exception e) {
                appended.completeExceptionally(e);
                throw e;
            }
            return null;
        });
        if (!HELD.compareAndSet(null, new Held(release, transaction))) {
            release.countDown();
            throw new IllegalStateException("a transaction is held already");
        }
        return appended.get(30, TimeUnit.SECONDS);
    }

    private void release() throws Exception {
        Held held = HELD.getAndSet(null);
        if (held != null) {
            held.release().countDown();
            held.transaction().get(30, TimeUnit.SECONDS);
        }
    }

    /** A StockChanged of a SKU of its own, stored and published like an operator's stock edit. */
    private String append() {
        String sku = "CURSOR-" + UUID.randomUUID().toString().substring(0, 8);
        return publisher.publish(new StockChanged(sku, 1, 0, "1.00"), sku, null).eventId();
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private interface BeforeCommit {
        void run() throws Exception;
    }

    /** Runs the work in a JTA transaction of its own and commits it after {@code beforeCommit}; rolls back on failure. */
    private static <T> T inTransaction(Work<T> work, BeforeCommit beforeCommit) throws Exception {
        TransactionManager transactions = (TransactionManager) new InitialContext()
                .lookup("java:appserver/TransactionManager");
        transactions.begin();
        T result;
        try {
            result = work.run();
            beforeCommit.run();
        } catch (Exception e) {
            transactions.rollback();
            throw e;
        }
        transactions.commit();
        return result;
    }
}
