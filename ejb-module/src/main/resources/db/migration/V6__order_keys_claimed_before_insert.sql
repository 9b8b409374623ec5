-- PostgreSQL only (INSERT ... ON CONFLICT). Placing an order first claims its request key here: the client's
-- Idempotency-Key (channel WEB) or the legacy system's reference (LEGACY). The claim is an
-- INSERT ... ON CONFLICT DO NOTHING, so concurrent requests with one key wait for the first one's transaction and
-- then find its order, where a check-then-insert let them all pass the check and all but one fail on the
-- orders table's unique constraints.
CREATE TABLE order_key (
    channel      VARCHAR(8)   NOT NULL,
    request_key  VARCHAR(128) NOT NULL,
    order_id     VARCHAR(36)  NOT NULL,
    PRIMARY KEY (channel, request_key)
);

INSERT INTO order_key (channel, request_key, order_id)
SELECT 'WEB', idempotency_key, id FROM orders WHERE idempotency_key IS NOT NULL;
INSERT INTO order_key (channel, request_key, order_id)
SELECT 'LEGACY', legacy_ref, id FROM orders WHERE legacy_ref IS NOT NULL;
