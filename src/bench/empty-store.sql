-- Empties the store of a warm, idle system, so that a growth run starts from 0 stored orders on a server whose JIT
-- has already been warmed by bench runs (the first runs after `start` are up to twice as slow: comparing them with
-- runs at 100,000 orders would measure the JIT, not the store; src/docs/performance.md, "Growth").
-- Only for the system `src/bin/eventwire start` runs for a bench, never one whose orders matter. Stock stays (each
-- bench run sets its own SKUs). It refuses while an order is unfinished or a transaction is prepared.
--   PGPASSWORD=$(cat .eventwire/postgres.password) psql -h 127.0.0.1 -p 15432 -U eventwire -d eventwire \
--       -f src/bench/empty-store.sql
\set ON_ERROR_STOP on
BEGIN;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM orders WHERE status = 'PENDING') OR EXISTS (SELECT 1 FROM pg_prepared_xacts) THEN
        RAISE EXCEPTION 'the system is not idle: an order is unfinished or a transaction is prepared';
    END IF;
END $$;
TRUNCATE orders, order_line, order_key, event_store, processed_event, reservation, reservation_line, payment,
         notification_recipient, mail, redrive, consumer_failure, replay, legacy_exchange;
COMMIT;
ANALYZE;
