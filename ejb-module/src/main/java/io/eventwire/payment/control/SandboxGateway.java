package io.eventwire.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The built-in gateway (CONTRACT §4): tok_chargeDeclined is declined, tok_processingError fails every
 * attempt, tok_flaky fails the first two attempts, any other token is captured.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    static final int FLAKY_FAILURES = 2;

    @Override
    public Result charge(String orderId, String token, BigDecimal amount, int attempt) {
        return switch (token) {
            case "tok_chargeDeclined" -> new Declined("card declined");
            case "tok_processingError" -> new Unavailable("processing error");
            case "tok_flaky" -> attempt <= FLAKY_FAILURES ? new Unavailable("gateway timeout") : captured();
            default -> captured();
        };
    }

    private static Captured captured() {
        return new Captured("pay_" + UUID.randomUUID());
    }
}
