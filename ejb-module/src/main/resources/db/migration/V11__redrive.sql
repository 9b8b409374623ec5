-- The redrive (io.eventwire.replay.control.Redrive): when the events of an order whose saga stalled were last
-- published again, and how often, so that it tries 30 s apart and gives up after a few times.
CREATE TABLE redrive (
    order_id    VARCHAR(36) PRIMARY KEY,
    attempts    INTEGER     NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- An order whose event a consumer itself failed on is the operator's (Dead letters), never redriven.
CREATE INDEX consumer_failure_correlation ON consumer_failure (correlation_id) WHERE counts;
