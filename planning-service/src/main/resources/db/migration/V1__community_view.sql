-- planning's read model of housing's community database, fed by `CommunityRegistered` on housing.community.
-- Keyed by housing's community id, so a replayed fact updates its row instead of adding one.
CREATE TABLE community_view
(
  id            UUID PRIMARY KEY,
  name          TEXT     NOT NULL,
  district_code CHAR(6)  NOT NULL,
  street_code   CHAR(9)  NOT NULL,
  build_year    SMALLINT NOT NULL,
  -- when housing registered the community (the envelope's occurred_at), not when planning heard of it
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX community_view_by_street ON community_view (street_code);
