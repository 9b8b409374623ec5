-- Optimistic versioning of stock (issue 10): every change of a row counts up its version, so an operator's edit
-- of figures read earlier is refused when reservations, shipments or another edit changed the row since.
ALTER TABLE stock ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
