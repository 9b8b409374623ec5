-- Grows the store for the bench's growth comparison without placing every order through the saga: each finished
-- web order already stored is cloned :copies times, with every row the saga wrote for it (order, lines, events,
-- Inbox claims, payment, reservation, recipient, mail) under a new order id and new event ids, dated k days back
-- so that the clones are history (the redrive's and the console's recent windows never see them). What the hot
-- paths look up is then as large as after that many real orders (src/docs/performance.md, "Growth").
-- On a stopped load, against the database the system uses:
--   psql -v copies=16 -f src/bench/store-of-clones.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE clone ON COMMIT DROP AS
    SELECT o.id AS old_id, k, md5(o.id || ':' || k)::uuid::text AS new_id, k * interval '1 day' AS back
    FROM orders o, generate_series(1, :copies) k
    WHERE o.status <> 'PENDING' AND o.legacy_ref IS NULL AND o.idempotency_key IS NULL;
CREATE TEMP TABLE event_clone ON COMMIT DROP AS
    SELECT e.event_id AS old_event, c.k, md5(e.event_id || ':' || c.k)::uuid::text AS new_event
    FROM clone c JOIN event_store e ON e.correlation_id = c.old_id;
CREATE INDEX ON event_clone (old_event, k);

INSERT INTO orders (id, version, customer_id, email, payment_token, status, reason, total, idempotency_key,
                    created_at, updated_at, channel, legacy_ref)
SELECT c.new_id, o.version, o.customer_id, o.email, o.payment_token, o.status, o.reason, o.total, NULL,
       o.created_at - c.back, o.updated_at - c.back, o.channel, NULL
FROM clone c JOIN orders o ON o.id = c.old_id;

INSERT INTO order_line (order_id, line_no, sku, quantity, unit_price)
SELECT c.new_id, l.line_no, l.sku, l.quantity, l.unit_price FROM clone c JOIN order_line l ON l.order_id = c.old_id;

INSERT INTO event_store (event_id, event_type, event_version, occurred_at, correlation_id, causation_id,
                         aggregate_type, aggregate_id, payload)
SELECT x.new_event, e.event_type, e.event_version, e.occurred_at - c.back, c.new_id, cause.new_event,
       e.aggregate_type, CASE WHEN e.aggregate_id = c.old_id THEN c.new_id ELSE e.aggregate_id END,
       replace(replace(e.payload, c.old_id, c.new_id), e.event_id, x.new_event)
FROM clone c
JOIN event_store e ON e.correlation_id = c.old_id
JOIN event_clone x ON x.old_event = e.event_id AND x.k = c.k
LEFT JOIN event_clone cause ON cause.old_event = e.causation_id AND cause.k = c.k
ORDER BY c.k, e.sequence;

INSERT INTO processed_event (subscription, event_id, event_type, correlation_id, processed_at, redrive, phantom)
SELECT p.subscription, x.new_event, p.event_type, c.new_id, p.processed_at - c.back, p.redrive, p.phantom
FROM clone c
JOIN processed_event p ON p.correlation_id = c.old_id
JOIN event_clone x ON x.old_event = p.event_id AND x.k = c.k;

INSERT INTO payment (order_id, amount, payment_token, status, attempts, payment_id, last_error, next_attempt_at,
                     retry_causation_id)
SELECT c.new_id, p.amount, p.payment_token, p.status, p.attempts,
       CASE WHEN p.payment_id IS NULL THEN NULL ELSE md5(p.payment_id || ':' || c.k) END, p.last_error, NULL, NULL
FROM clone c JOIN payment p ON p.order_id = c.old_id;

INSERT INTO reservation (order_id, status) SELECT c.new_id, r.status FROM clone c JOIN reservation r ON r.order_id = c.old_id;

INSERT INTO reservation_line (order_id, sku, quantity, unit_price)
SELECT c.new_id, r.sku, r.quantity, r.unit_price FROM clone c JOIN reservation_line r ON r.order_id = c.old_id;

INSERT INTO notification_recipient (order_id, email, outcome, outcome_detail, outcome_event_id, mailed_at)
SELECT c.new_id, n.email, n.outcome, n.outcome_detail, x.new_event, n.mailed_at - c.back
FROM clone c JOIN notification_recipient n ON n.order_id = c.old_id
LEFT JOIN event_clone x ON x.old_event = n.outcome_event_id AND x.k = c.k;

INSERT INTO mail (order_id, template, channel, recipient, subject, body, sent_at)
SELECT c.new_id, m.template, m.channel, m.recipient, replace(m.subject, c.old_id, c.new_id),
       replace(m.body, c.old_id, c.new_id), m.sent_at - c.back
FROM clone c JOIN mail m ON m.order_id = c.old_id;
COMMIT;
ANALYZE;
SELECT count(*) AS orders_stored FROM orders;
