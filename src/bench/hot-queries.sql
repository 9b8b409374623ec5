-- The plans of the queries every order runs, against a grown store (src/docs/performance.md, "Growth").
-- Each runs inside a transaction that is rolled back, so that the writes (the Inbox claim, the row locks)
-- leave nothing behind. Read-only from the application's point of view; run on a stopped load:
--   psql -f src/bench/hot-queries.sql
\set ON_ERROR_STOP on
SELECT o.id AS order_id, e.event_id AS event_id, min(l.sku) AS sku
FROM orders o JOIN event_store e ON e.correlation_id = o.id JOIN order_line l ON l.order_id = o.id
WHERE o.status = 'CONFIRMED' AND e.event_type = 'OrderPlaced'
GROUP BY o.id, e.event_id, o.created_at ORDER BY o.created_at DESC LIMIT 1 \gset
BEGIN;
\echo '== Inbox: claim the delivery, and whether the store holds its event (Provenance)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) INSERT INTO processed_event
    (subscription, event_id, event_type, correlation_id, processed_at, redrive, phantom)
    SELECT 'inventory.orders', :'event_id', 'OrderPlaced', :'order_id', clock_timestamp(), 0,
        NOT EXISTS (SELECT 1 FROM event_store WHERE event_id = :'event_id')
    ON CONFLICT DO NOTHING RETURNING phantom;
\echo '== Order: the order row, locked (payment outcome)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM orders WHERE id = :'order_id' FOR UPDATE;
\echo '== Order: its lines'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM order_line WHERE order_id = :'order_id';
\echo '== Order and Notification: the reservation (prices) and OrderPlaced (address), read from the store'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM event_store
    WHERE correlation_id = :'order_id' AND event_type = 'InventoryReserved' ORDER BY sequence LIMIT 1;
\echo '== Inventory: the stock rows of an order, locked'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM stock WHERE sku IN (:'sku') ORDER BY sku FOR NO KEY UPDATE;
\echo '== Inventory: the SKUs the reservations of a batch hold, to lock them ahead (payment outcomes)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT DISTINCT sku FROM reservation_line WHERE order_id IN (:'order_id');
\echo '== Inventory: the reservation, locked (payment outcome)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM reservation WHERE order_id = :'order_id' FOR UPDATE;
\echo '== Payment and Notification: their meeting rows, locked'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM payment WHERE order_id = :'order_id' FOR UPDATE;
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM notification_recipient WHERE order_id = :'order_id' FOR UPDATE;
\echo '== Payment: retries due (every second)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT order_id FROM payment
    WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at;
\echo '== Redrive: stalled orders (every 15 s; a tick after the first reads the changes of the last 2 min 15 s)'
EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)
SELECT o.id FROM orders o
WHERE o.id IN (SELECT p.id FROM orders p WHERE p.status = 'PENDING'
               UNION SELECT r.order_id FROM reservation r WHERE r.status = 'RESERVED'
               UNION SELECT n.order_id FROM notification_recipient n WHERE n.mailed_at IS NULL
               UNION SELECT h.id FROM orders h WHERE h.updated_at > now() - interval '165 seconds'
                 AND NOT EXISTS (SELECT 1 FROM notification_recipient m WHERE m.order_id = h.id OFFSET 0)
               UNION SELECT d.order_id FROM redrive d WHERE d.last_at > now() - interval '15 minutes'
                 AND NOT EXISTS (SELECT 1 FROM notification_recipient m WHERE m.order_id = d.order_id))
  AND o.updated_at < now() - interval '30 seconds'
  AND NOT EXISTS (SELECT 1 FROM payment p WHERE p.order_id = o.id AND p.status = 'PENDING'
                  AND p.next_attempt_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM consumer_failure f WHERE f.correlation_id = o.id AND f.counts)
  AND NOT EXISTS (SELECT 1 FROM redrive d WHERE d.order_id = o.id AND (d.attempts >= 5 OR d.last_at > now() - interval '30 seconds'))
ORDER BY o.created_at LIMIT 60;
ROLLBACK;
