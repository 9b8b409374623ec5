import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns what the clients were told (placements), what the faults did (recoveries) and what the system holds
 * afterwards (snapshot) into the accounting's lines. A line with an expectation is wrong when the system broke a
 * promise of issue 12; the run fails if any is.
 */
final class Accounting {

    /** Issue 12: no restart longer than 90 s from the kill to healthy. */
    static final double LONGEST_RESTART_SECONDS = 90;
    private static final Set<String> TERMINAL_EVENTS = Set.of("OrderConfirmed", "OrderCancelled");
    private static final Map<String, String> MAIL_OF = Map.of("CONFIRMED", "order-confirmed", "CANCELLED", "order-cancelled");
    private static final int EXAMPLES = 5;

    private final Options options;
    private final OrderMix mix;
    private final List<Load.Placement> placements;
    private final List<Faults.Recovery> recoveries;
    private final Snapshot snapshot;
    private final Instant runStart;
    private final List<Table.Line> lines = new ArrayList<>();

    Accounting(Options options, OrderMix mix, List<Load.Placement> placements, List<Faults.Recovery> recoveries,
               Snapshot snapshot, Instant runStart) {
        this.options = options;
        this.mix = mix;
        this.placements = placements;
        this.recoveries = recoveries;
        this.snapshot = snapshot;
        this.runStart = runStart;
    }

    List<Table.Line> lines(String settled) {
        orders(settled);
        effects();
        stock();
        inDoubt();
        if (snapshot.brokerUnreadable == null) {
            broker();
        } else {
            lines.add(Table.Line.check("broker management", "unreachable", "answers", false, snapshot.brokerUnreadable));
        }
        faults();
        return lines;
    }

    private void orders(String settled) {
        long legacy = placements.stream().filter(p -> p.order().legacy()).count();
        List<Load.Placement> accepted = placements.stream().filter(Load.Placement::accepted).toList();
        lines.add(Table.Line.info("orders sent (web / legacy)", placements.size() + " (" + (placements.size() - legacy)
                + " / " + legacy + ")"));
        lines.add(Table.Line.check("accepted (202/200, or stored by the broker)", accepted.size(), placements.size(),
                accepted.size() == placements.size(), examples(placements.stream().filter(p -> !p.accepted())
                        .map(p -> p.order().key() + ": " + p.problem()).toList())));
        lines.add(Table.Line.info("requests retried by the clients", placements.stream().mapToInt(p -> p.attempts() - 1).sum()));
        lines.add(Table.Line.info("longest wait for acceptance", String.format("%.1f s",
                accepted.stream().mapToLong(Load.Placement::acceptedAfterMillis).max().orElse(0) / 1000.0)));
        Collection<Snapshot.Order> orders = snapshot.orders.values();
        long confirmed = count(orders, o -> o.status().equals("CONFIRMED"));
        long cancelled = count(orders, o -> o.status().equals("CANCELLED"));
        lines.add(Table.Line.info("orders in the database", orders.size()));
        lines.add(Table.Line.info("terminal: CONFIRMED / CANCELLED", (confirmed + cancelled) + ": " + confirmed + " / "
                + cancelled + " " + orders.stream().filter(o -> o.reason() != null)
                .collect(Collectors.groupingBy(Snapshot.Order::reason, TreeMap::new, Collectors.counting()))));
        lines.add(Table.Line.info("settled", settled));
        lines.add(new Table.Line("orders the redrive published again (stalled 30 s)",
                String.valueOf(snapshot.redriven.size()), null, true, examples(snapshot.redriven)));
        lines.add(new Table.Line("deliveries handled from a redrive's copy (lost, or slower than it)",
                String.valueOf(snapshot.madeGood.size()), null, true, examples(snapshot.madeGood)));
        lines.add(new Table.Line("deliveries dropped as phantoms (their event never stored)",
                String.valueOf(snapshot.droppedPhantoms.size()), null, true, examples(snapshot.droppedPhantoms)));
        lines.add(Table.Line.zero("stuck: PENDING after settling", count(orders, o -> o.status().equals("PENDING")),
                examples(orders.stream().filter(o -> o.status().equals("PENDING")).map(Snapshot.Order::id).toList())));
        List<Load.Placement> missing = accepted.stream().filter(this::notInDatabase).toList();
        List<String> waiting = missing.stream().map(p -> p.order().key())
                .filter(key -> snapshot.brokerUnreadable == null && snapshot.recordWaiting(key)).toList();
        List<String> lost = missing.stream().map(p -> p.order().key()).filter(key -> !waiting.contains(key)).toList();
        lines.add(Table.Line.zero("lost: accepted, in neither the database nor a queue", lost.size(), examples(lost)));
        lines.add(Table.Line.zero("legacy records accepted, not yet orders (on legacy.orders.in or in DLQ)",
                waiting.size(), examples(waiting)));
        List<String> duplicated = duplicated(accepted);
        lines.add(Table.Line.zero("duplicated: more than one order per Idempotency-Key or legacyRef", duplicated.size(),
                examples(duplicated)));
    }

    private boolean notInDatabase(Load.Placement placement) {
        String key = placement.order().key();
        return placement.order().legacy()
                ? snapshot.orders.values().stream().noneMatch(o -> key.equals(o.legacyRef()))
                : !placement.orderIds().stream().allMatch(snapshot.orders::containsKey);
    }

    /** Keys the API answered with two order ids, and customers (one per planned order) with two orders. */
    private List<String> duplicated(List<Load.Placement> accepted) {
        List<String> duplicated = new ArrayList<>(accepted.stream().filter(p -> p.orderIds().size() > 1)
                .map(p -> p.order().key() + " answered " + p.orderIds()).toList());
        snapshot.orders.values().stream().collect(Collectors.groupingBy(Snapshot.Order::email, Collectors.counting()))
                .forEach((email, count) -> {
                    if (count > 1) {
                        duplicated.add(email + " has " + count + " orders");
                    }
                });
        return duplicated;
    }

    private void effects() {
        Collection<Snapshot.Order> orders = snapshot.orders.values();
        lines.add(zeroOrders("double charges: PaymentCaptured more than once", o -> events(o, "PaymentCaptured") > 1));
        lines.add(zeroOrders("charge not matching the outcome (CONFIRMED uncharged, CANCELLED charged)", o ->
                o.status().equals("CONFIRMED") != "CAPTURED".equals(snapshot.payments.get(o.id()))
                        && !o.status().equals("PENDING")));
        lines.add(zeroOrders("missing mails: terminal order without its mail", o -> MAIL_OF.containsKey(o.status())
                && snapshot.mails.getOrDefault(o.id(), Map.of()).getOrDefault(MAIL_OF.get(o.status()), 0) == 0));
        lines.add(zeroOrders("double mails: more than one mail or NotificationSent", o ->
                snapshot.mails.getOrDefault(o.id(), Map.of()).values().stream().mapToInt(Integer::intValue).sum() > 1
                        || events(o, "NotificationSent") > 1));
        lines.add(zeroOrders("OrderPlaced not stored exactly once", o -> events(o, "OrderPlaced") != 1));
        lines.add(zeroOrders("terminal event not exactly one, or not matching the status", o -> {
            int terminal = TERMINAL_EVENTS.stream().mapToInt(type -> events(o, type)).sum();
            return o.status().equals("PENDING") ? terminal != 0
                    : terminal != 1 || events(o, o.status().equals("CONFIRMED") ? "OrderConfirmed" : "OrderCancelled") != 1;
        }));
        List<String> twice = orders.stream().flatMap(o -> snapshot.events.getOrDefault(o.id(), Map.of()).entrySet().stream()
                .filter(e -> e.getValue() > 1).map(e -> o.id() + " " + e.getKey() + " ×" + e.getValue())).toList();
        lines.add(Table.Line.zero("events of one type stored more than once for one order", twice.size(), examples(twice)));
        lines.add(Table.Line.zero("phantom orders: reserved or addressed, but not in orders", snapshot.phantoms.size(),
                examples(snapshot.phantoms)));
    }

    /** available + reserved + shipped = seeded; shipped = units of CONFIRMED orders; reserved = units held. */
    private void stock() {
        mix.seeded().forEach((sku, seeded) -> {
            Snapshot.Stock stock = snapshot.stock.get(sku);
            Map<String, Integer> units = snapshot.reservedUnits.getOrDefault(sku, Map.of());
            int shipped = units.getOrDefault("SHIPPED", 0);
            int held = units.getOrDefault("RESERVED", 0);
            int confirmed = snapshot.confirmedUnits.getOrDefault(sku, 0);
            if (stock == null) {
                lines.add(Table.Line.check("stock " + sku + ": available + reserved + shipped", "missing", seeded, false,
                        sku + " is not in the stock table"));
                return;
            }
            int total = stock.available() + stock.reserved() + shipped;
            lines.add(Table.Line.check("stock " + sku + ": available + reserved + shipped",
                    stock.available() + " + " + stock.reserved() + " + " + shipped + " = " + total, seeded,
                    total == seeded && shipped == confirmed && stock.reserved() == held,
                    sku + ": " + total + " units where " + seeded + " were seeded; shipped " + shipped + " for "
                            + confirmed + " units of CONFIRMED orders; reserved " + stock.reserved() + " for " + held
                            + " units held by reservations"));
        });
    }

    private void inDoubt() {
        lines.add(Table.Line.zero("prepared transactions in PostgreSQL (pg_prepared_xacts)", snapshot.preparedInDatabase.size(),
                examples(snapshot.preparedInDatabase)));
    }

    private void broker() {
        lines.add(Table.Line.zero("prepared XA transactions in the broker", snapshot.preparedInBroker.size(),
                examples(snapshot.preparedInBroker)));
        lines.add(Table.Line.zero("messages left on the application's queues", snapshot.undrained.values().stream()
                .mapToLong(Long::longValue).sum(), snapshot.undrained.toString()));
        long since = runStart.toEpochMilli();
        List<BrokerManagement.DeadLetter> ours = snapshot.deadLetters.stream().filter(l -> l.timestamp() >= since).toList();
        List<BrokerManagement.DeadLetter> unexplained = ours.stream().filter(l -> !snapshot.failureRecorded(l)).toList();
        lines.add(Table.Line.info("consumer failures recorded during the run", snapshot.failureCount));
        lines.add(Table.Line.info("dead letters from this run with a recorded consumer failure", ours.size() - unexplained.size()));
        lines.add(Table.Line.zero("dead letters from this run without a recorded consumer failure", unexplained.size(),
                examples(unexplained.stream().map(l -> l.queue() + " " + l.eventType() + " " + l.correlationId()).toList())));
        lines.add(Table.Line.info("dead letters from before this run", snapshot.deadLetters.size() - ours.size()));
    }

    private void faults() {
        Map<Schedule.Fault, Integer> asked = Map.of(Schedule.Fault.SERVER, options.serverKills(),
                Schedule.Fault.BROKER, options.brokerKills(), Schedule.Fault.CONNECTIONS, options.connectionKills());
        for (Schedule.Fault fault : Schedule.Fault.values()) {
            List<Faults.Recovery> of = recoveries.stream().filter(r -> r.fault() == fault).toList();
            List<Faults.Recovery> done = of.stream().filter(r -> r.kill().done()).toList();
            String name = fault.name().toLowerCase() + " kills";
            lines.add(Table.Line.check(name + " done", done.size(), asked.get(fault), done.size() == asked.get(fault),
                    examples(of.stream().filter(r -> !r.kill().done()).map(r -> r.kill().what()).toList())));
            List<Double> seconds = of.stream().map(Faults.Recovery::secondsToHealthy).filter(Objects::nonNull).sorted().toList();
            boolean allBack = seconds.size() == of.size();
            double longest = seconds.isEmpty() ? 0 : seconds.get(seconds.size() - 1);
            lines.add(Table.Line.check(name + ": kill → healthy, median / longest", seconds.isEmpty() ? "—"
                            : String.format("%.0f s / %.0f s", seconds.get(seconds.size() / 2), longest),
                    String.format("≤ %.0f s", LONGEST_RESTART_SECONDS), allBack && longest <= LONGEST_RESTART_SECONDS,
                    examples(of.stream().filter(r -> r.secondsToHealthy() == null || r.secondsToHealthy() > LONGEST_RESTART_SECONDS)
                            .map(r -> "kill " + r.number() + ": " + (r.secondsToHealthy() == null ? "never healthy, "
                                    + r.note() : String.format("%.0f s", r.secondsToHealthy()) + r.failedProbe())).toList())));
        }
    }

    private Table.Line zeroOrders(String what, Predicate<Snapshot.Order> wrong) {
        List<String> ids = snapshot.orders.values().stream().filter(wrong).map(Snapshot.Order::id).toList();
        return Table.Line.zero(what, ids.size(), examples(ids));
    }

    private int events(Snapshot.Order order, String type) {
        return snapshot.events.getOrDefault(order.id(), Map.of()).getOrDefault(type, 0);
    }

    private static <T> long count(Collection<T> items, Predicate<T> which) {
        return items.stream().filter(which).count();
    }

    private static String examples(List<String> items) {
        return items.stream().limit(EXAMPLES).map(item -> item.length() > 120 ? item.substring(0, 120) + "…" : item)
                .collect(Collectors.joining("; "))
                + (items.size() > EXAMPLES ? "; … " + (items.size() - EXAMPLES) + " more" : "");
    }
}
