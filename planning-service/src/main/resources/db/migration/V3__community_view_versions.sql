-- housing.community now carries every change to a community (registered, updated, retired, imported), each with
-- the whole community and its version, which grows with every change. A row keeps the highest version it has
-- seen, so a stale or replayed fact never overwrites a newer one; rows from before this migration are version 0
-- and give way to the next fact about them.
-- Retired communities stay, flagged, and are left out of what planning answers.
-- registered_at is no longer replaced by later facts: it keeps the earliest occurrence seen, which is the
-- registration's once that has arrived (an import can be overtaken by a later update of one of its communities).
ALTER TABLE community_view
  ADD COLUMN version           BIGINT  NOT NULL DEFAULT 0,
  ADD COLUMN retired           BOOLEAN NOT NULL DEFAULT false,
  -- null when housing gave none
  ADD COLUMN address           TEXT,
  -- WGS 84 degrees; both null when housing gave no location
  ADD COLUMN latitude          DOUBLE PRECISION,
  ADD COLUMN longitude         DOUBLE PRECISION,
  -- in a historic and cultural district (历史文化街区): designs are bound by its protection plan
  ADD COLUMN historic_district BOOLEAN NOT NULL DEFAULT false,
  -- in the capital's core functional area (首都功能核心区: 东城, 西城)
  ADD COLUMN core_area         BOOLEAN NOT NULL DEFAULT false;
