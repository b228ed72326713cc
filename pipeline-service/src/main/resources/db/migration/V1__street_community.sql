-- The communities on each street, from housing's `CommunityRegistered` on housing.community: dig-once
-- coordination opens one trench window per street, so pipeline plans street by street.
-- Keyed by housing's community id, so a replayed fact updates its row instead of adding one.
CREATE TABLE street_community
(
  community_id  UUID PRIMARY KEY,
  street_code   CHAR(9)  NOT NULL,
  name          TEXT     NOT NULL,
  build_year    SMALLINT NOT NULL,
  -- when housing registered the community (the envelope's occurred_at); the later fact about a community wins
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX street_community_by_street ON street_community (street_code);
