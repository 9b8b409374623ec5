-- The redrive (io.eventwire.replay.control.Redrive) looks for stalled orders of any age among the unfinished
-- ones: each set is small and has its own partial index, however many orders are stored.
CREATE INDEX orders_pending ON orders (created_at) WHERE status = 'PENDING';
CREATE INDEX reservation_held ON reservation (order_id) WHERE status = 'RESERVED';
CREATE INDEX notification_recipient_unmailed ON notification_recipient (order_id) WHERE mailed_at IS NULL;
