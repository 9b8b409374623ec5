package io.eventwire.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money travels as a decimal string with two places ("39.98"), one currency (CONTRACT §3). */
public final class Money {

    private Money() {
    }

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    public static BigDecimal parse(String amount) {
        return amount == null ? null : new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
