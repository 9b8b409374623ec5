package io.eventwire.legacy.control;

import java.util.ArrayList;
import java.util.List;

/**
 * FIXED: an {@code HDR} line, one {@code ITM} line per item, a {@code TRL} line counting them; fields
 * left-justified and space-padded to their width (CONTRACT §5). Every line must have exactly its width.
 */
final class FixedWidthRecords {

    private static final int HDR_WIDTH = 3 + 12 + 10 + 40 + 30;
    private static final int ITM_WIDTH = 3 + 12 + 5;
    private static final int TRL_WIDTH = 3 + 5;

    private FixedWidthRecords() {
    }

    static LegacyOrder read(String text) {
        List<String> lines = Lines.of(text);
        String header = lines.get(0);
        if (!header.startsWith("HDR")) {
            throw new Rejection(RejectCode.MALFORMED, "line 1: the HDR record is missing (found '" + tag(header) + "')");
        }
        width(header, 1, HDR_WIDTH);
        String legacyRef = Fields.legacyRef(field(header, 3, 15), "line 1 (HDR) field legacyRef");
        try {
            return new LegacyOrder(legacyRef,
                    Fields.customerId(field(header, 15, 25), "line 1 (HDR) field customerId"),
                    Fields.email(field(header, 25, 65), "line 1 (HDR) field email"),
                    Fields.paymentToken(field(header, 65, 95), "line 1 (HDR) field paymentToken"),
                    items(lines));
        } catch (Rejection rejection) {
            throw rejection.of(legacyRef);
        }
    }

    private static List<LegacyOrder.Item> items(List<String> lines) {
        List<LegacyOrder.Item> items = new ArrayList<>();
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            int number = index + 1;
            if (line.startsWith("TRL") && index == lines.size() - 1) {
                trailer(line, number, items.size());
                return Fields.items(items, "the FIXED record has no ITM line");
            }
            if (!line.startsWith("ITM")) {
                throw new Rejection(RejectCode.MALFORMED, "line " + number + ": expected an ITM or the final TRL record,"
                        + " found '" + tag(line) + "'");
            }
            width(line, number, ITM_WIDTH);
            String where = "line " + number + " (ITM) field ";
            items.add(new LegacyOrder.Item(Fields.sku(field(line, 3, 15), where + "sku"),
                    Fields.quantity(line.substring(15, 20), where + "quantity")));
        }
        throw new Rejection(RejectCode.MALFORMED, "line " + lines.size() + ": the TRL record is missing at the end");
    }

    private static void trailer(String line, int number, int itemLines) {
        width(line, number, TRL_WIDTH);
        String count = line.substring(3, 8);
        if (!count.matches("[0-9]{5}")) {
            throw new Rejection(RejectCode.BAD_TRAILER,
                    "line " + number + " (TRL) field itemCount '" + count + "' is not 5 digits");
        }
        if (Integer.parseInt(count) != itemLines) {
            throw new Rejection(RejectCode.BAD_TRAILER, "line " + number + " (TRL) field itemCount says "
                    + Integer.parseInt(count) + " items, the record has " + itemLines + " ITM lines");
        }
    }

    private static void width(String line, int number, int width) {
        if (line.length() != width) {
            throw new Rejection(RejectCode.MALFORMED, "line " + number + " (" + tag(line) + ") is " + line.length()
                    + " characters long, its layout is " + width);
        }
    }

    private static String field(String line, int from, int to) {
        return line.substring(from, to).strip();
    }

    private static String tag(String line) {
        return line.substring(0, Math.min(3, line.length()));
    }
}
