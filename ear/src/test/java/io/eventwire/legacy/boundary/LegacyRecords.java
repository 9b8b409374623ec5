package io.eventwire.legacy.boundary;

import java.util.List;
import java.util.UUID;

/** Valid legacy records in the three layouts of CONTRACT §5, as a legacy system would write them. */
public final class LegacyRecords {

    static final String SKU = "LEGACY-SKU";

    private LegacyRecords() {
    }

    /** A reference no earlier run used: at most 12 characters. */
    public static String newRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 11 - prefix.length());
    }

    public static String fixed(String legacyRef, String token, int... quantities) {
        StringBuilder record = new StringBuilder("HDR" + pad(legacyRef, 12) + pad("C-LEGACY", 10)
                + pad("legacy@example.com", 40) + pad(token, 30) + "\r\n");
        for (int quantity : quantities) {
            record.append("ITM").append(pad(SKU, 12)).append(String.format("%05d", quantity)).append("\r\n");
        }
        return record.append(String.format("TRL%05d", quantities.length)).append("\r\n").toString();
    }

    static String csv(String legacyRef, String token, int... quantities) {
        StringBuilder record = new StringBuilder("legacyRef,customerId,email,paymentToken,sku,quantity\n");
        for (int quantity : quantities) {
            record.append(String.join(",", List.of(legacyRef, "C-LEGACY", "legacy@example.com", token, SKU,
                    String.valueOf(quantity)))).append('\n');
        }
        return record.toString();
    }

    static String xml(String legacyRef, String token, int... quantities) {
        StringBuilder record = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<order legacyRef=\""
                + legacyRef + "\" customerId=\"C-LEGACY\" email=\"legacy@example.com\" paymentToken=\"" + token + "\">\n");
        for (int quantity : quantities) {
            record.append("  <item sku=\"").append(SKU).append("\" quantity=\"").append(quantity).append("\"/>\n");
        }
        return record.append("</order>\n").toString();
    }

    static String pad(String value, int width) {
        return String.format("%-" + width + "s", value);
    }

    /** The fields of a status record: STS legacyRef(12) orderId(36) status(10) reason(20). */
    record Status(String legacyRef, String orderId, String status, String reason) {

        static Status parse(String record) {
            if (!record.startsWith("STS") || record.length() != 81) {
                throw new AssertionError("not an 81-character STS record: '" + record + "'");
            }
            return new Status(record.substring(3, 15).strip(), record.substring(15, 51).strip(),
                    record.substring(51, 61).strip(), record.substring(61, 81).strip());
        }
    }
}
