-- Events this service has handled, one row per consumer and event id: the idempotency key of every consumer.
-- Written in the same transaction as the handler's effect.
CREATE TABLE consumed_event
(
  consumer    TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  event_type  TEXT NOT NULL,
  consumed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (consumer, event_id)
);
