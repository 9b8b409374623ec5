package io.eventwire.legacy.control;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV (RFC 4180): the header row {@code legacyRef,customerId,email,paymentToken,sku,quantity}, then one row per
 * item; every row repeats the order's first four fields. Quoted fields may hold commas, quotes ("") and breaks.
 */
final class CsvRecords {

    static final List<String> HEADER = List.of("legacyRef", "customerId", "email", "paymentToken", "sku", "quantity");

    /** One row and the line it starts on. */
    private record Row(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static LegacyOrder read(String text) {
        List<Row> rows = rows(text.stripTrailing());
        Row header = rows.get(0);
        if (!header.fields().equals(HEADER)) {
            throw new Rejection(RejectCode.MALFORMED, "line 1: the header row must be " + String.join(",", HEADER)
                    + ", found " + String.join(",", header.fields()));
        }
        if (rows.size() == 1) {
            throw new Rejection(RejectCode.NO_ITEMS, "the CSV record has a header row and no item rows");
        }
        rows.forEach(CsvRecords::columns);
        Row first = rows.get(1);
        String legacyRef = Fields.legacyRef(first.fields().get(0), at(first, 0));
        try {
            List<LegacyOrder.Item> items = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                sameOrder(first, row);
                items.add(new LegacyOrder.Item(Fields.sku(row.fields().get(4), at(row, 4)),
                        Fields.quantity(row.fields().get(5), at(row, 5))));
            }
            return new LegacyOrder(legacyRef, Fields.customerId(first.fields().get(1), at(first, 1)),
                    Fields.email(first.fields().get(2), at(first, 2)),
                    Fields.paymentToken(first.fields().get(3), at(first, 3)), items);
        } catch (Rejection rejection) {
            throw rejection.of(legacyRef);
        }
    }

    private static void columns(Row row) {
        if (row.fields().size() != HEADER.size()) {
            throw new Rejection(RejectCode.MALFORMED, "line " + row.line() + ": " + row.fields().size()
                    + " columns, every row has " + HEADER.size());
        }
    }

    private static void sameOrder(Row first, Row row) {
        for (int column = 0; column < 4; column++) {
            if (!row.fields().get(column).equals(first.fields().get(column))) {
                throw new Rejection(RejectCode.MIXED_REFERENCES, at(row, column) + " '" + row.fields().get(column)
                        + "' differs from '" + first.fields().get(column) + "' on line " + first.line()
                        + ": one message is one order");
            }
        }
    }

    private static String at(Row row, int column) {
        return "line " + row.line() + " field " + HEADER.get(column);
    }

    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '"' && field.isEmpty()) {
                int close = closingQuote(text, i + 1, line);
                String quoted = text.substring(i + 1, close);
                field.append(quoted.replace("\"\"", "\""));
                line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                i = close + 1;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    throw new Rejection(RejectCode.MALFORMED, "line " + line + ": text after a closing quote");
                }
                continue;
            }
            if (c == '"') {
                throw new Rejection(RejectCode.MALFORMED, "line " + line + ": a quote inside an unquoted field");
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, List.copyOf(fields)));
                fields.clear();
                i += c == '\r' ? 1 : 0;
                rowLine = ++line;
            } else {
                field.append(c);
            }
            i++;
        }
        return rows;
    }

    private static int closingQuote(String text, int from, int line) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        throw new Rejection(RejectCode.MALFORMED, "line " + line + ": a quoted field is never closed");
    }
}
