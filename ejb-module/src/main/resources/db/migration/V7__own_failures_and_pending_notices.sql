-- Redelivery: a message goes to the DLQ after its consumer failed on it itself, so each failure names the
-- message it belongs to across redeliveries (message_key: the JMSMessageID, or a digest for a message
-- sent without one) and says whether it counts towards the DLQ (infrastructure failures do not).
ALTER TABLE consumer_failure ADD COLUMN message_key VARCHAR(100);
ALTER TABLE consumer_failure ADD COLUMN counts BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE consumer_failure SET message_key = message_id;
CREATE INDEX consumer_failure_key ON consumer_failure (subscription, message_key);

-- Notification: whichever of an order's address (OrderPlaced) and outcome (OrderConfirmed, OrderCancelled)
-- arrives second sends the mail, so each may be known alone for a while.
ALTER TABLE notification_recipient ALTER COLUMN email DROP NOT NULL;
ALTER TABLE notification_recipient ADD COLUMN outcome VARCHAR(32);
ALTER TABLE notification_recipient ADD COLUMN outcome_detail VARCHAR(64);
ALTER TABLE notification_recipient ADD COLUMN outcome_event_id VARCHAR(36);
ALTER TABLE notification_recipient ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
UPDATE notification_recipient SET mailed_at = (SELECT MIN(m.sent_at) FROM mail m WHERE m.order_id = notification_recipient.order_id);
