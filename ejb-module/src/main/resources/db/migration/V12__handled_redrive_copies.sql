-- Which redrive's copy of an event a subscription handled (0: the original delivery, or a copy of another kind):
-- the deliveries the redrive made good, told apart from the copies it sent that were refused as handled.
ALTER TABLE processed_event ADD COLUMN redrive INTEGER NOT NULL DEFAULT 0;
