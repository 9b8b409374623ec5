import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The run's own catalogue and orders. Everything carries the run's id: its SKUs ("C<run>-1"…), its customers'
 * addresses ("o<n>.<run>@chaos.example"), its Idempotency-Keys and legacy references, so the accounting finds
 * exactly this run's rows beside whatever else the database holds.
 */
final class OrderMix {

    static final List<String> TOKENS = List.of("tok_visa", "tok_chargeDeclined", "tok_processingError", "tok_flaky");
    private static final List<String> PRICES = List.of("9.99", "5.00", "12.50", "0.99", "99.00");
    /** One SKU in ten orders is the scarce one: it runs out during the run, so some orders end OUT_OF_STOCK. */
    private static final int SCARCE_EVERY = 10;

    record Item(String sku, int quantity) {
    }

    record Planned(int number, String customerId, String email, String token, List<Item> items, boolean legacy,
                   String key) {

        String json() {
            return "{\"customerId\":\"" + customerId + "\",\"email\":\"" + email + "\",\"items\":["
                    + items.stream().map(item -> "{\"sku\":\"" + item.sku() + "\",\"quantity\":" + item.quantity() + "}")
                            .collect(Collectors.joining(","))
                    + "],\"payment\":{\"token\":\"" + token + "\"}}";
        }

        /** CONTRACT §5 CSV record, one row per item. */
        String csv() {
            return "legacyRef,customerId,email,paymentToken,sku,quantity\n" + items.stream()
                    .map(item -> String.join(",", key, customerId, email, token, item.sku(), String.valueOf(item.quantity())))
                    .collect(Collectors.joining("\n")) + "\n";
        }
    }

    private final String run;
    private final Map<String, Integer> seeded = new LinkedHashMap<>();
    private final Map<String, String> prices = new LinkedHashMap<>();
    private final List<Planned> planned;

    OrderMix(String run, Options options, Random random) {
        this.run = run;
        for (int i = 0; i < PRICES.size(); i++) {
            String sku = skuPrefix() + (i + 1);
            // At most two lines of at most 3 units per order: the plentiful SKUs never run out.
            seeded.put(sku, i == 0 ? Math.max(3, options.orders() / 4) : options.orders() * 6);
            prices.put(sku, PRICES.get(i));
        }
        List<String> skus = List.copyOf(seeded.keySet());
        this.planned = java.util.stream.IntStream.range(0, options.orders())
                .mapToObj(n -> plan(n, options.legacyEvery(), skus, random)).toList();
    }

    private Planned plan(int n, int legacyEvery, List<String> skus, Random random) {
        boolean legacy = n % legacyEvery == legacyEvery - 1;
        String first = n % SCARCE_EVERY == 0 ? skus.get(0) : skus.get(1 + random.nextInt(skus.size() - 1));
        List<Item> items = random.nextInt(4) == 0 && !first.equals(skus.get(skus.size() - 1))
                ? List.of(new Item(first, 1 + random.nextInt(3)), new Item(skus.get(skus.size() - 1), 1 + random.nextInt(3)))
                : List.of(new Item(first, 1 + random.nextInt(3)));
        String key = legacy ? String.format("X%s-%06d", run, n) : "chaos-" + run + "-" + n;
        return new Planned(n, "C" + run, "o" + n + "." + run + "@chaos.example", TOKENS.get(random.nextInt(TOKENS.size())),
                items, legacy, key);
    }

    String run() {
        return run;
    }

    List<Planned> planned() {
        return planned;
    }

    Map<String, Integer> seeded() {
        return seeded;
    }

    String price(String sku) {
        return prices.get(sku);
    }

    /** SQL LIKE patterns that match this run's customers and SKUs, and nothing else. */
    String emailPattern() {
        return "%." + run + "@chaos.example";
    }

    String skuPattern() {
        return skuPrefix() + "%";
    }

    private String skuPrefix() {
        return "C" + run + "-";
    }
}
