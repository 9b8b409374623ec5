package io.eventwire.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.inventory.boundary.InventoryOrdersConsumer;
import io.eventwire.messaging.control.Inbox;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderLine;
import io.eventwire.order.entity.OrderStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server, on PostgreSQL with two-phase commit: an order, its stored event and its message live or die together. */
@ExtendWith(ArquillianExtension.class)
class OrderServiceIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Inject
    OrderService orders;

    @Inject
    PlaceThenFail placeThenFail;

    @Inject
    EventStore eventStore;

    @Inject
    Inbox inbox;

    @Resource(lookup = "jms/eventwire")
    ConnectionFactory connectionFactory;

    @Test
    void placedOrderIsStoredAppendedAndConsumedByInventory() {
        Order order = orders.place(command("C-happy")).order();

        assertEquals(OrderStatus.PENDING, orders.find(order.id()).orElseThrow().status());
        // The saga may already have stored the order's next events: the placing is the first.
        List<EventEnvelope> stored = eventStore.forCorrelation(order.id()).stream().map(StoredEvent::envelope).toList();
        assertEquals(1, stored.stream().filter(event -> event.eventType().equals("OrderPlaced")).count());
        assertEquals("OrderPlaced", stored.get(0).eventType());
        assertEquals(order.id(), stored.get(0).payload().getString("orderId"));
        Eventually.await("inventory.orders to consume OrderPlaced", DELIVERY,
                () -> inbox.handledFor(InventoryOrdersConsumer.SUBSCRIPTION, order.id()), handled -> handled >= 1);
    }

    @Test
    void failureAfterSendingLeavesNoOrderNoEventAndNoMessage() {
        AtomicReference<String> failedOrderId = new AtomicReference<>();

        assertThrows(EJBException.class, () -> placeThenFail.placeThenFail(command("C-rollback"), failedOrderId::set));

        String failed = failedOrderId.get();
        assertTrue(orders.find(failed).isEmpty(), "the order row was rolled back");
        assertTrue(eventStore.forCorrelation(failed).isEmpty(), "the stored event was rolled back");
        // An order placed afterwards is consumed; by then the rolled-back message would have been too.
        Order later = orders.place(command("C-after-rollback")).order();
        Eventually.await("the later order to be consumed", DELIVERY,
                () -> inbox.handledFor(InventoryOrdersConsumer.SUBSCRIPTION, later.id()), handled -> handled >= 1);
        assertEquals(0, inbox.handledFor(InventoryOrdersConsumer.SUBSCRIPTION, failed));
        assertEquals(0, messagesFor(failed, "orders::inventory.orders") + messagesFor(failed, "DLQ"),
                "no message of the failed order waits anywhere");
    }

    @Test
    void idempotencyKeyReturnsTheFirstOrder() {
        String key = UUID.randomUUID().toString();
        PlaceOrder command = new PlaceOrder("C-idem", "idem@example.com", List.of(new OrderLine("SKU-1", 1)),
                "tok_visa", key);

        OrderService.Placement first = orders.place(command);
        OrderService.Placement repeat = orders.place(command);

        assertTrue(first.created());
        assertEquals(first.order().id(), repeat.order().id());
        assertTrue(!repeat.created());
        // The saga may already have stored the order's next events; the repeat must not have stored a second placing.
        assertEquals(1, eventStore.forCorrelation(first.order().id()).stream()
                .filter(event -> event.envelope().eventType().equals("OrderPlaced")).count());
    }

    private int messagesFor(String orderId, String queue) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(jms.createQueue(queue), "JMSCorrelationID = '" + orderId + "'")) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlaceOrder command(String customer) {
        return new PlaceOrder(customer, customer.toLowerCase() + "@example.com",
                List.of(new OrderLine("SKU-1", 2), new OrderLine("SKU-2", 1)), "tok_visa", null);
    }
}
