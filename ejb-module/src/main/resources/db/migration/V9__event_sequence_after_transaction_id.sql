-- PostgreSQL only. The event store's cursor (GET /api/events?afterSequence=, replays and rebuilds) hands out an
-- event only once every lower sequence is committed or never will be (eventstore/control/CommitHorizon,
-- src/docs/event-store.md). Its proof needs one rule of every writer: a transaction has its transaction id
-- before it draws a sequence number. The identity column drew the number before the row's insert gave the
-- transaction its id, so the sequence now comes from a function that takes the id first.

-- Waits for writers still holding event rows (an in-doubt branch too): the numbers they drew must stay below
-- the new sequence's first.
LOCK TABLE event_store IN ACCESS EXCLUSIVE MODE;

CREATE SEQUENCE event_sequence AS BIGINT;
SELECT setval('event_sequence', GREATEST(
        COALESCE(pg_sequence_last_value(pg_get_serial_sequence('event_store', 'sequence')), 0),
        COALESCE((SELECT max(sequence) FROM event_store), 0)) + 1, false);

ALTER TABLE event_store ALTER COLUMN sequence DROP IDENTITY;
ALTER SEQUENCE event_sequence OWNED BY event_store.sequence;

CREATE FUNCTION next_event_sequence() RETURNS BIGINT LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_current_xact_id();  -- assigns the transaction's id if it has none yet
    RETURN nextval('event_sequence');
END;
$$;

ALTER TABLE event_store ALTER COLUMN sequence SET DEFAULT next_event_sequence();
