-- A payment's next attempt is due at a time kept in its own row (issue 12): persistent EJB timers lived in the
-- server domain's own database, and a timer whose callback failed while the broker or the database was down was
-- dropped after one redelivery, leaving its payment PENDING for ever. Payments already waiting are due now.
ALTER TABLE payment ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payment ADD COLUMN retry_causation_id VARCHAR(36);
UPDATE payment SET next_attempt_at = now() WHERE status = 'PENDING' AND attempts > 0;
CREATE INDEX payment_due ON payment (next_attempt_at) WHERE status = 'PENDING' AND next_attempt_at IS NOT NULL;
