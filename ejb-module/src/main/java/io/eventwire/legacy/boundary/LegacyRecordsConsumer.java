package io.eventwire.legacy.boundary;

import io.eventwire.legacy.control.InboundRecord;
import io.eventwire.legacy.control.LegacyDesk;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Queue {@code legacy.orders.in}: every record a legacy system sends, in any format and over any protocol,
 * becomes an order or a rejection in the transaction that consumes it. A failure of ours (database, broker)
 * rolls back, so the record is redelivered and, if it keeps failing, kept in the DLQ.
 */
@MessageDriven
public class LegacyRecordsConsumer implements MessageListener {

    @Inject
    LegacyDesk desk;

    @Override
    public void onMessage(Message message) {
        try {
            desk.take(InboundRecord.of(message));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read legacy record " + message, e);
        }
    }
}
