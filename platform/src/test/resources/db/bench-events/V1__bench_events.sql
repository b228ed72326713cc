-- The event latency benchmark's own tables: the change a producing transaction commits, and the effect its event has
-- in the consumer's transaction.
CREATE TABLE bench_change
(
  id         UUID PRIMARY KEY,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE bench_effect
(
  change_id UUID PRIMARY KEY,
  seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
