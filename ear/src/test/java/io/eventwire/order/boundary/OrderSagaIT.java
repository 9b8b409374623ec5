package io.eventwire.order.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eventwire.Eventually;
import io.eventwire.StockFixture;
import io.eventwire.eventstore.boundary.EventStore;
import io.eventwire.eventstore.entity.StoredEvent;
import io.eventwire.events.EventEnvelope;
import io.eventwire.inventory.boundary.InventoryOrdersConsumer;
import io.eventwire.inventory.boundary.Stockroom;
import io.eventwire.inventory.entity.Stock;
import io.eventwire.messaging.control.Inbox;
import io.eventwire.notification.boundary.Notifier;
import io.eventwire.order.entity.Order;
import io.eventwire.order.entity.OrderLine;
import io.eventwire.order.entity.OrderStatus;
import io.eventwire.payment.boundary.Cashier;
import io.eventwire.payment.entity.Payment;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every outcome of the saga (CONTRACT §4), on PostgreSQL with XA, with the money, stock and mail it leaves. */
@ExtendWith(ArquillianExtension.class)
class OrderSagaIT {

    private static final Duration SAGA = Duration.ofSeconds(60);

    @Inject
    OrderService orders;

    @Inject
    Stockroom stockroom;

    @Inject
    StockFixture fixture;

    @Inject
    Cashier cashier;

    @Inject
    Notifier notifier;

    @Inject
    EventStore eventStore;

    @Inject
    Inbox inbox;

    @Inject
    Redeliverer redeliverer;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aPaidOrderIsConfirmedWithItsTotalShippedAndMailedOnce() {
        String cheap = sku(10, "2.50");
        String dear = sku(10, "19.99");

        Order order = finish(place("tok_visa", new OrderLine(cheap, 3), new OrderLine(dear, 2)));

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertNull(order.reason());
        assertEquals(new BigDecimal("47.48"), order.total(), "3 × 2.50 + 2 × 19.99");
        assertEquals(List.of(new BigDecimal("2.50"), new BigDecimal("19.99")),
                order.lines().stream().map(OrderLine::unitPrice).toList());
        assertStock(cheap, 7, 0);
        assertStock(dear, 8, 0);
        assertEquals(Payment.Status.CAPTURED, cashier.find(order.id()).orElseThrow().status());
        Eventually.await("the confirmation mail", SAGA, () -> notifier.mailsFor(order.id()).size(), mails -> mails >= 1);
        assertEquals(Notifier.ORDER_CONFIRMED, notifier.mailsFor(order.id()).get(0).template());
        assertEquals(1, notifier.mailsFor(order.id()).size());
        assertEquals(List.of("OrderPlaced", "InventoryReserved", "PaymentCaptured", "OrderConfirmed", "NotificationSent"),
                Eventually.await("the whole story in the store", SAGA, () -> types(order.id()), types -> types.size() == 5));
        assertCausalChain(order.id());
    }

    @Test
    void notEnoughStockCancelsOutOfStockWithoutCharging() {
        String scarce = sku(1, "5.00");

        Order order = finish(place("tok_visa", new OrderLine(scarce, 2)));

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("OUT_OF_STOCK", order.reason());
        assertStock(scarce, 1, 0);
        assertTrue(cashier.find(order.id()).map(Payment::attempts).orElse(0) == 0, "no charge was attempted");
        assertTrue(!types(order.id()).contains("PaymentCaptured"));
        assertCausalChain(order.id());
    }

    @Test
    void anUnknownSkuWinsOverOutOfStock() {
        String scarce = sku(1, "5.00");

        Order order = finish(place("tok_visa", new OrderLine(scarce, 5), new OrderLine("NO-SUCH-" + UUID.randomUUID(), 1)));

        assertEquals("UNKNOWN_SKU", order.reason());
        assertStock(scarce, 1, 0);
    }

    @Test
    void aDeclinedCardCancelsAndPutsTheStockBackExactly() {
        String item = sku(10, "3.00");

        Order order = finish(place("tok_chargeDeclined", new OrderLine(item, 4)));

        assertEquals(new BigDecimal("12.00"), order.total(), "the reservation's prices stay on the cancelled order");

        assertEquals("PAYMENT_DECLINED", order.reason());
        assertEquals(1, cashier.find(order.id()).orElseThrow().attempts(), "a decline is not retried");
        Eventually.await("the release", SAGA, () -> types(order.id()), types -> types.contains("InventoryReleased"));
        assertStock(item, 10, 0);
        assertCausalChain(order.id());
    }

    @Test
    void aGatewayThatKeepsFailingIsRetriedThenTheOrderFails() {
        String item = sku(10, "3.00");

        Order order = finish(place("tok_processingError", new OrderLine(item, 1)));

        assertEquals("PAYMENT_FAILED", order.reason());
        assertEquals(3, cashier.find(order.id()).orElseThrow().attempts());
        EventEnvelope failed = stored(order.id()).stream()
                .filter(event -> event.eventType().equals("PaymentFailed")).findFirst().orElseThrow();
        assertEquals(3, failed.payload().getInt("attempts"));
        Eventually.await("the release", SAGA, () -> types(order.id()), types -> types.contains("InventoryReleased"));
        assertStock(item, 10, 0);
    }

    @Test
    void aFlakyGatewayConfirmsAfterRetries() {
        Order order = finish(place("tok_flaky", new OrderLine(sku(10, "1.00"), 1)));

        assertEquals(OrderStatus.CONFIRMED, order.status());
        assertEquals(3, cashier.find(order.id()).orElseThrow().attempts(), "two failures, then the capture");
        assertCausalChain(order.id());
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String item = sku(10, "1.00");
        Order order = finish(place("tok_visa", new OrderLine(item, 2)));
        EventEnvelope placed = stored(order.id()).get(0);
        long before = inbox.duplicates(InventoryOrdersConsumer.SUBSCRIPTION).getCount();

        redeliverer.publishAgain(placed, "orders");

        Eventually.await("inventory.orders to refuse the duplicate", SAGA,
                () -> inbox.duplicates(InventoryOrdersConsumer.SUBSCRIPTION).getCount(), count -> count > before);
        assertStock(item, 8, 0);
        assertEquals(1, types(order.id()).stream().filter("InventoryReserved"::equals).count());
        assertEquals(OrderStatus.CONFIRMED, orders.find(order.id()).orElseThrow().status());
    }

    @Test
    void fortyConcurrentOrdersForTenUnitsConfirmExactlyTen() throws Exception {
        String last = sku(10, "9.99");
        List<Callable<String>> customers = IntStream.range(0, 40)
                .<Callable<String>>mapToObj(i -> () -> place("tok_visa", new OrderLine(last, 1)).id())
                .toList();

        List<String> ids = executor.invokeAll(customers).stream().map(OrderSagaIT::result).toList();

        List<Order> finished = ids.stream().map(this::finish).toList();
        assertEquals(10, finished.stream().filter(o -> o.status() == OrderStatus.CONFIRMED).count());
        assertEquals(30, finished.stream().filter(o -> "OUT_OF_STOCK".equals(o.reason())).count());
        Eventually.await("every reservation shipped", SAGA, () -> stockroom.find(last).orElseThrow().reserved(), r -> r == 0);
        assertStock(last, 0, 0);
    }

    private String sku(int available, String price) {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 8);
        fixture.stock(sku, available, new BigDecimal(price));
        return sku;
    }

    private Order place(String token, OrderLine... lines) {
        return orders.place(new PlaceOrder("C-saga", "saga@example.com", List.of(lines), token, null)).order();
    }

    private Order finish(Order placed) {
        return finish(placed.id());
    }

    private Order finish(String orderId) {
        return Eventually.await("order " + orderId + " to finish", SAGA,
                () -> orders.find(orderId).orElseThrow(), Order::isFinished);
    }

    private void assertStock(String sku, int available, int reserved) {
        Stock stock = Eventually.await(sku + " to settle at " + available + "/" + reserved, SAGA,
                () -> stockroom.find(sku).orElseThrow(),
                s -> s.available() == available && s.reserved() == reserved);
        assertEquals(available, stock.available());
    }

    private List<EventEnvelope> stored(String orderId) {
        return eventStore.forCorrelation(orderId).stream().map(StoredEvent::envelope).toList();
    }

    private List<String> types(String orderId) {
        return stored(orderId).stream().map(EventEnvelope::eventType).toList();
    }

    /** Each event but the first names, as its cause, an earlier event of the same order. */
    private void assertCausalChain(String orderId) {
        List<EventEnvelope> events = stored(orderId);
        assertNull(events.get(0).causationId(), "OrderPlaced starts the story");
        Set<String> earlier = new HashSet<>(Set.of(events.get(0).eventId()));
        for (EventEnvelope event : events.subList(1, events.size())) {
            assertTrue(earlier.contains(event.causationId()),
                    event.eventType() + " is caused by " + event.causationId() + ", not an earlier event of " + orderId);
            earlier.add(event.eventId());
        }
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
