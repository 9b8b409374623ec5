package io.eventwire.legacy.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The field rules every format shares. The widths are the FIXED layout's, so any valid order fits a status
 * record and could have been sent in any format. {@code where} names the line and field for the reason.
 */
final class Fields {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TOKEN = Pattern.compile("tok_[A-Za-z0-9_]+");
    private static final Pattern QUANTITY = Pattern.compile("[0-9]{1,5}");

    private Fields() {
    }

    static String legacyRef(String value, String where) {
        return check(value, where, 12, REFERENCE, "letters, digits and . _ / -");
    }

    static String customerId(String value, String where) {
        return check(value, where, 10, REFERENCE, "letters, digits and . _ / -");
    }

    static String email(String value, String where) {
        return check(value, where, 40, EMAIL, "an e-mail address");
    }

    static String paymentToken(String value, String where) {
        return check(value, where, 30, TOKEN, "a payment token tok_…");
    }

    static String sku(String value, String where) {
        return check(value, where, 12, REFERENCE, "letters, digits and . _ / -");
    }

    static int quantity(String value, String where) {
        if (value == null || value.isEmpty()) {
            throw new Rejection(RejectCode.MISSING_FIELD, where + " is missing");
        }
        if (!QUANTITY.matcher(value).matches() || Integer.parseInt(value) == 0) {
            throw new Rejection(RejectCode.BAD_QUANTITY,
                    where + " '" + value + "' is not a whole number from 1 to 99999");
        }
        return Integer.parseInt(value);
    }

    static List<LegacyOrder.Item> items(List<LegacyOrder.Item> items, String noneReason) {
        if (items.isEmpty()) {
            throw new Rejection(RejectCode.NO_ITEMS, noneReason);
        }
        return List.copyOf(items);
    }

    private static String check(String value, String where, int width, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            throw new Rejection(RejectCode.MISSING_FIELD, where + " is missing");
        }
        if (value.length() > width) {
            throw new Rejection(RejectCode.BAD_FIELD,
                    where + " is " + value.length() + " characters long, at most " + width + " allowed");
        }
        if (!pattern.matcher(value).matches()) {
            throw new Rejection(RejectCode.BAD_FIELD, where + " '" + value + "' is not " + expected);
        }
        return value;
    }
}
