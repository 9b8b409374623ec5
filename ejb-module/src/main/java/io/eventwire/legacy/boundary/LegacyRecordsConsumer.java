package io.eventwire.legacy.boundary;

import io.eventwire.legacy.control.InboundRecord;
import io.eventwire.legacy.control.LegacyDesk;
import io.eventwire.messaging.control.QueueConsumer;
import io.eventwire.messaging.entity.ConsumerFailure;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * Queue {@code legacy.orders.in}: every record a legacy system sends, in any format and over any protocol,
 * becomes an order or a rejection in the transaction that consumes it. A failure of ours (database, broker)
 * rolls back and is recorded, so the record is redelivered and, if it keeps failing, kept in the DLQ.
 */
@MessageDriven
public class LegacyRecordsConsumer extends QueueConsumer {

    /** What the failure log and the metrics call a record: it is no event. */
    static final String RECORD = "LegacyRecord";

    @Inject
    LegacyDesk desk;

    public LegacyRecordsConsumer() {
        super(LegacyDesk.INBOUND);
    }

    @Override
    protected void consume(Message message) {
        try {
            desk.take(InboundRecord.of(message));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read legacy record " + message, e);
        }
    }

    @Override
    protected ConsumerFailure.Delivery describe(Message message, String key, int deliveryCount) throws JMSException {
        return new ConsumerFailure.Delivery(message.getJMSMessageID(), key, null, RECORD,
                message.getStringProperty("legacyRef"), deliveryCount);
    }
}
