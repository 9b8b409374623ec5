package io.eventwire.inventory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eventwire.Broker;
import io.eventwire.EventwireDeployment;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A message Inventory can never process is redelivered with backoff, then kept in the DLQ: nothing is lost. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryOrdersConsumerIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EventwireDeployment.ear();
    }

    @Test
    void aPoisonMessageEndsInTheDlqWithItsBodyAndOrigin() throws Exception {
        String marker = UUID.randomUUID().toString();
        String poison = "{\"eventType\":\"OrderPlaced\",\"not\":\"an envelope\",\"marker\":\"" + marker + "\"}";

        try (JMSContext jms = Broker.as("eventwire").createContext()) {
            jms.createProducer().setProperty("marker", marker).send(jms.createTopic("orders"), poison);

            try (JMSConsumer dlq = jms.createConsumer(jms.createQueue("DLQ"), "marker = '" + marker + "'")) {
                Message dead = dlq.receive(60_000);
                assertEquals(poison, ((TextMessage) dead).getText(), "the body is kept unchanged");
                assertEquals("inventory.orders", dead.getStringProperty("_AMQ_ORIG_QUEUE"));
            }
        }
    }
}
