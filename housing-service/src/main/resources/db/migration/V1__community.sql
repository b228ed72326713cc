-- The city-wide database of communities built before 2000 (老旧小区数据库, plan §三(一)).
CREATE TABLE community
(
  id            UUID PRIMARY KEY,
  name          TEXT     NOT NULL,
  district_code CHAR(6)  NOT NULL,
  street_code   CHAR(9)  NOT NULL,
  build_year    SMALLINT NOT NULL CHECK (build_year < 2000),
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX community_by_district ON community (district_code);
CREATE INDEX community_by_street ON community (street_code);
