package io.eventwire.platform;

import io.eventwire.order.boundary.OrderService;
import io.eventwire.order.boundary.PlaceOrder;
import io.eventwire.order.entity.OrderLine;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Test-only endpoint. POST places two orders whose transactions a dying server leaves in doubt: the first
 * with its commit decision logged ({@code decided <orderId>}), the second prepared without one
 * ({@code undecided <orderId>}); each line is flushed to the caller before the server halts. GET answers how
 * many prepared transactions the database holds.
 */
@WebServlet("/test/in-doubt")
public class InDoubt extends HttpServlet {

    static final String PATH = "test/in-doubt";
    static final String SKU = "SKU-IN-DOUBT";
    /** GET with this parameter answers the name this server begins its branch qualifiers with. */
    static final String SERVER_NAME = "server-name";

    @EJB
    OrderService orders;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/eventwire")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter(SERVER_NAME) != null) {
            response.getWriter().print(serverName());
            return;
        }
        try (Connection connection = database.getConnection();
             ResultSet prepared = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM pg_prepared_xacts WHERE database = current_database()")) {
            prepared.next();
            response.getWriter().print(prepared.getLong(1));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        CountDownLatch committing = new CountDownLatch(1);
        AtomicReference<String> decidedOrder = new AtomicReference<>();
        Future<?> decided = executor.submit(() -> {
            placeDecided(committing, decidedOrder::set);
            return null;
        });
        try {
            if (!committing.await(30, TimeUnit.SECONDS)) {
                decided.cancel(true);
                throw new IllegalStateException("the first transaction never reached its commit phase");
            }
            out.println("decided " + decidedOrder.get());
            out.flush();
            placeUndecided(orderId -> {
                out.println("undecided " + orderId);
                out.flush();
            });
        } catch (Exception e) {
            throw new IOException("could not put the transactions in doubt", e);
        }
        throw new IOException("the server should have halted when the second transaction prepared");
    }

    /** Enlisted first, the holding resource is committed first: after Payara logged the decision. */
    private void placeDecided(CountDownLatch committing, Consumer<String> placed) throws Exception {
        TransactionManager transactions = begin();
        transactions.getTransaction().enlistResource(HaltingResource.holdingCommit(committing));
        placed.accept(place("C-in-doubt-decided"));
        transactions.commit();
    }

    /** Enlisted after the order's database and broker branches, the halting resource is prepared last. */
    private void placeUndecided(Consumer<String> placed) throws Exception {
        TransactionManager transactions = begin();
        placed.accept(place("C-in-doubt-undecided"));
        transactions.getTransaction().enlistResource(HaltingResource.haltingPrepare());
        transactions.commit();
    }

    /** JTS's Configuration.getServerName, reached as TransactionRecovery reaches Payara's transaction service. */
    private static String serverName() throws IOException {
        try {
            Class<?> recovery = Class.forName("com.sun.enterprise.transaction.api.ResourceRecoveryManager");
            Object service = Class.forName("org.glassfish.internal.api.Globals").getMethod("get", Class.class)
                    .invoke(null, recovery);
            return (String) service.getClass().getClassLoader().loadClass("com.sun.jts.CosTransactions.Configuration")
                    .getMethod("getServerName").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IOException("no server name from Payara's transaction service", e);
        }
    }

    private static TransactionManager begin() throws Exception {
        TransactionManager transactions = (TransactionManager) new InitialContext()
                .lookup("java:appserver/TransactionManager");
        transactions.begin();
        return transactions;
    }

    /** The idempotency key makes the order's first query run at once, enlisting the database before the broker. */
    private String place(String customer) {
        return orders.place(new PlaceOrder(customer, customer + "@example.com", List.of(new OrderLine(SKU, 1)),
                "tok_visa", UUID.randomUUID().toString())).order().id();
    }
}
