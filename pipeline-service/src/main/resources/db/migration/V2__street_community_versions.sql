-- housing.community now carries every change to a community (registered, updated, retired, imported), each with
-- the whole community and its version, which grows with every change. A row keeps the highest version it has
-- seen, so a stale or replayed fact never overwrites a newer one; rows from before this migration are version 0
-- and give way to the next fact about them.
-- Retired communities stay, flagged, and are left off their street's list.
-- registered_at is no longer replaced by later facts: it keeps the earliest occurrence seen, which is the
-- registration's once that has arrived (an import can be overtaken by a later update of one of its communities).
ALTER TABLE street_community
  ADD COLUMN version        BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN retired        BOOLEAN NOT NULL DEFAULT false,
  -- null when housing gave none
  ADD COLUMN address        TEXT,
  -- WGS 84 degrees of the community, where the trench window has to reach; both null when housing gave none
  ADD COLUMN latitude       DOUBLE PRECISION,
  ADD COLUMN longitude      DOUBLE PRECISION,
  -- buildings the service connections run to; null when housing gave none
  ADD COLUMN building_count INTEGER;
