-- The redrive (io.eventwire.replay.control.Redrive) reads only the orders changed since its last tick, so an order
-- it has tried already is found again for its next attempt by the time of that attempt.
CREATE INDEX redrive_last_at ON redrive (last_at);
