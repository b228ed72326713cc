-- Owners' decisions as housing published them on housing.vote (VoteDecided, 业主共同决定, Civil Code Art. 278): the
-- evidence a maintenance-fund raising or use may cite by its vote id. Kept as heard, one row per vote.
CREATE TABLE decided_vote
(
  vote_id           UUID PRIMARY KEY,
  community_id      UUID    NOT NULL,
  district_code     TEXT    NOT NULL CHECK (district_code ~ '^[0-9]{6}$'),
  street_code       TEXT    NOT NULL,
  matter            TEXT    NOT NULL,
  project_id        UUID,
  passed            BOOLEAN NOT NULL,
  owners_total      INTEGER NOT NULL CHECK (owners_total >= 0),
  area_total_m2     NUMERIC(14, 2) NOT NULL CHECK (area_total_m2 >= 0),
  owners_voting     INTEGER NOT NULL CHECK (owners_voting >= 0),
  area_voting_m2    NUMERIC(14, 2) NOT NULL CHECK (area_voting_m2 >= 0),
  owners_in_favour  INTEGER NOT NULL CHECK (owners_in_favour >= 0),
  area_in_favour_m2 NUMERIC(14, 2) NOT NULL CHECK (area_in_favour_m2 >= 0),
  rule              TEXT    NOT NULL,
  reason            TEXT    NOT NULL,
  amount_fen        BIGINT  NOT NULL CHECK (amount_fen >= 0),
  decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  source_event_id   TEXT    NOT NULL,
  heard_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decided_vote_by_community ON decided_vote (community_id, decided_at);
