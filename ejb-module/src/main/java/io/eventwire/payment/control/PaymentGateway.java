package io.eventwire.payment.control;

import java.math.BigDecimal;

/** The boundary to a payment provider: the sandbox here, a real provider behind the same interface. */
public interface PaymentGateway {

    sealed interface Result permits Captured, Declined, Unavailable {
    }

    record Captured(String paymentId) implements Result {
    }

    /** The provider refused: retrying cannot help. */
    record Declined(String reason) implements Result {
    }

    /** A transient failure: worth another attempt later. */
    record Unavailable(String reason) implements Result {
    }

    /**
     * Charges {@code amount} to a tokenised card; {@code attempt} counts from 1 for this order. The provider makes
     * one charge per {@link #idempotencyKey}: a repeat of an attempt (a redelivery after our transaction rolled
     * back) gets the first call's result, never a second charge.
     */
    Result charge(String orderId, String token, BigDecimal amount, int attempt);

    /** What names one attempt to charge one order, at the provider. */
    static String idempotencyKey(String orderId, int attempt) {
        return "order-" + orderId + "-attempt-" + attempt;
    }
}
