-- The console's filters and the dashboard's event rate read by these columns.
CREATE INDEX event_store_occurred_at ON event_store (occurred_at);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_customer ON orders (customer_id, created_at);
