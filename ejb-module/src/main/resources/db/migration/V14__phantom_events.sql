-- A delivered event its transaction did not store (messaging/control/Provenance): the subscription records it as
-- seen, so that its copies are refused, and marks it, so that an operator finds the phantoms a crash left.
ALTER TABLE processed_event ADD COLUMN phantom BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX processed_event_phantom ON processed_event (processed_at) WHERE phantom;
