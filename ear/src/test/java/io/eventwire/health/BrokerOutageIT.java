package io.eventwire.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.BrokerProcess;
import io.eventwire.Eventually;
import io.eventwire.Http;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the broker: /health says so within 5 s (each answer within 2 s), orders are refused with a 503
 * problem at once, and once the broker is back the system is healthy and an order goes all the way again.
 * The broker is running and healthy again when the test ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrokerOutageIT {

    @ArquillianResource
    URL base;

    @Test
    void aKilledBrokerIsReportedOrdersAreRefusedAndAllRecoversWhenItIsBack() {
        Outage outage = new Outage(new Http(base));
        String sku = outage.stock(10);
        outage.awaitHealthy(Outage.RECOVERY);

        String idempotencyKey = "broker-outage-" + UUID.randomUUID();

        BrokerProcess.kill();
        try {
            JsonObject health = outage.awaitDown(Outage.BROKER, Outage.DETECTION);
            assertEquals("DOWN", health.getString("status"));
            assertEquals("UP", Outage.statusOf(health, Outage.DATABASE), "the database is not blamed");

            Outage.assertUnavailable(outage.place(sku, idempotencyKey), "broker");
        } finally {
            BrokerProcess.start();
        }

        outage.awaitHealthy(Outage.RECOVERY);
        outage.assertPlacedAndConfirmed(sku, idempotencyKey);
    }
}
