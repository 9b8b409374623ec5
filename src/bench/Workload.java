import java.util.List;
import java.util.stream.IntStream;

/**
 * Which SKUs the orders name. Hot: 5 SKUs, so reservations contend for the same stock rows, as a sale would.
 * Wide: at least 1,000 SKUs, so they rarely do. Order i has one or two lines of one to three units; line l names
 * SKU (2i + l) mod n, so both lines differ and every SKU is named equally often — which lets the bench seed
 * exactly enough stock for every order to confirm. Every order pays with tok_visa: its token says CONFIRMED.
 */
record Workload(String name, List<String> skus) {

    static final String TOKEN = "tok_visa";
    static final String EXPECTED_OUTCOME = "CONFIRMED";
    private static final int MAX_LINES = 2;
    private static final int MAX_QUANTITY = 3;

    static Workload of(String name, int wideSkus) {
        return switch (name) {
            case "hot" -> new Workload("hot", IntStream.rangeClosed(1, 5).mapToObj(i -> "BENCH-" + i).toList());
            case "wide" -> {
                if (wideSkus < 1000) {
                    throw new IllegalArgumentException("the wide workload needs --skus of at least 1000");
                }
                yield new Workload("wide", IntStream.range(0, wideSkus).mapToObj(i -> "BENCH-W%05d".formatted(i)).toList());
            }
            default -> throw new IllegalArgumentException("--workload is hot or wide, not " + name);
        };
    }

    /** Units each SKU needs so that all of so many orders can reserve. */
    long stockPerSku(long orders) {
        long uses = (MAX_LINES * orders + skus.size() - 1) / skus.size();
        return uses * MAX_QUANTITY;
    }

    /** The body of POST /api/orders for the bench's i-th order. */
    String order(String run, long i) {
        StringBuilder items = new StringBuilder();
        int lines = 1 + (int) (i % MAX_LINES);
        for (int line = 0; line < lines; line++) {
            items.append(line == 0 ? "" : ",")
                    .append("{\"sku\":\"").append(skus.get((int) ((MAX_LINES * i + line) % skus.size())))
                    .append("\",\"quantity\":").append(1 + (i + line) % MAX_QUANTITY).append('}');
        }
        return "{\"customerId\":\"BENCH-" + run + "-" + i + "\",\"email\":\"bench" + i + "@example.com\","
                + "\"items\":[" + items + "],\"payment\":{\"token\":\"" + TOKEN + "\"}}";
    }

    @Override
    public String toString() {
        return name + " (" + skus.size() + " SKUs)";
    }
}
