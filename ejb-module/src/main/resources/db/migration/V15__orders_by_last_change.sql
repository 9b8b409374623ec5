-- Notification no longer hears of an order before it ends (it reads the address from the event store), so an
-- order whose end never reached it has no notification_recipient row at all, however old the order. The redrive
-- finds those among the orders changed in its horizon (io.eventwire.replay.control.Redrive): a range of this index.
CREATE INDEX orders_updated_at ON orders (updated_at);
