-- The full community database of plan §三(一) and DOMAIN.md §4: every surveyed fact about a community, its
-- buildings, and a history of every change. Communities are retired, never deleted.
ALTER TABLE community
  ADD COLUMN address                 TEXT             NOT NULL DEFAULT '',
  ADD COLUMN latitude                DOUBLE PRECISION NOT NULL DEFAULT 39.9042 CHECK (latitude BETWEEN 39.44 AND 41.06),
  ADD COLUMN longitude               DOUBLE PRECISION NOT NULL DEFAULT 116.4074 CHECK (longitude BETWEEN 115.42 AND 117.51),
  ADD COLUMN property_rights         TEXT             NOT NULL DEFAULT 'NO_OWNER',
  ADD COLUMN management_status       TEXT             NOT NULL DEFAULT 'UNMANAGED',
  ADD COLUMN building_count          INTEGER          NOT NULL DEFAULT 0 CHECK (building_count >= 0),
  ADD COLUMN floor_area              NUMERIC(12, 2)   NOT NULL DEFAULT 0 CHECK (floor_area >= 0),
  ADD COLUMN households              INTEGER          NOT NULL DEFAULT 0 CHECK (households >= 0),
  ADD COLUMN residents               INTEGER          NOT NULL DEFAULT 0 CHECK (residents >= 0),
  ADD COLUMN aged_60_plus_percent    NUMERIC(4, 1)    NOT NULL DEFAULT 0 CHECK (aged_60_plus_percent BETWEEN 0 AND 100),
  ADD COLUMN core_area               BOOLEAN          NOT NULL DEFAULT false,
  ADD COLUMN historic_district       BOOLEAN          NOT NULL DEFAULT false,
  ADD COLUMN owners_organisation     TEXT             NOT NULL DEFAULT 'NONE',
  ADD COLUMN property_service_agreed BOOLEAN          NOT NULL DEFAULT false,
  ADD COLUMN hotline_complaints      INTEGER          NOT NULL DEFAULT 0 CHECK (hotline_complaints >= 0),
  ADD COLUMN retired_at              TIMESTAMP WITH TIME ZONE,
  ADD COLUMN retired_reason          TEXT,
  ADD COLUMN version                 BIGINT           NOT NULL DEFAULT 1,
  ADD COLUMN updated_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  -- the survey import that brought the community in, if any
  ADD COLUMN import_id               UUID;

-- A district surveys a community once: its name is unique on its street. This is what makes a re-run survey
-- import add nothing twice.
ALTER TABLE community ADD CONSTRAINT community_name_unique_on_street UNIQUE (street_code, name);
-- Keyset pagination and sorting (id breaks ties).
CREATE INDEX community_by_build_year ON community (build_year, id);
CREATE INDEX community_by_complaints ON community (hotline_complaints, id);
CREATE INDEX community_by_registration ON community (registered_at, id);
CREATE INDEX community_by_name ON community (name, id);
DROP INDEX community_by_district;
CREATE INDEX community_by_district ON community (district_code, name, id);

-- 楼栋: the buildings of a community.
CREATE TABLE building
(
  id                           UUID PRIMARY KEY,
  community_id                 UUID           NOT NULL REFERENCES community (id),
  number                       TEXT           NOT NULL,
  floors                       SMALLINT       NOT NULL CHECK (floors >= 1),
  units                        SMALLINT       NOT NULL CHECK (units >= 0),
  build_year                   SMALLINT       NOT NULL CHECK (build_year BETWEEN 1900 AND 1999),
  structure                    TEXT           NOT NULL,
  floor_area                   NUMERIC(12, 2) NOT NULL CHECK (floor_area >= 0),
  households                   INTEGER        NOT NULL CHECK (households >= 0),
  seismic_reinforcement_needed BOOLEAN        NOT NULL,
  energy_retrofit_needed       BOOLEAN        NOT NULL,
  elevator                     TEXT           NOT NULL,
  -- JGJ 125 appraisal grade, A (sound) .. D (dangerous as a whole); NULL when never appraised
  dangerous_grade              CHAR(1) CHECK (dangerous_grade IN ('A', 'B', 'C', 'D')),
  simple_building              BOOLEAN        NOT NULL,
  CONSTRAINT building_number_unique_in_community UNIQUE (community_id, number)
);
CREATE INDEX building_needing_seismic ON building (community_id) WHERE seismic_reinforcement_needed;
CREATE INDEX building_needing_energy_retrofit ON building (community_id) WHERE energy_retrofit_needed;
CREATE INDEX building_by_elevator ON building (elevator, community_id);

-- Every version of every community, written by the database itself so that no path (REST, import, a
-- maintenance script) can change a community without leaving its trace. The application names the actor
-- with SET LOCAL renovation.actor.
CREATE TABLE community_history
(
  community_id UUID                     NOT NULL,
  version      BIGINT                   NOT NULL,
  change       TEXT                     NOT NULL,
  at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  actor        TEXT                     NOT NULL,
  snapshot     JSONB                    NOT NULL,
  PRIMARY KEY (community_id, version)
);

CREATE FUNCTION community_history_append() RETURNS trigger AS
$$
BEGIN
  INSERT INTO community_history (community_id, version, change, actor, snapshot)
  VALUES (NEW.id, NEW.version,
          CASE
            WHEN TG_OP = 'INSERT' THEN 'REGISTERED'
            WHEN NEW.retired_at IS NOT NULL AND OLD.retired_at IS NULL THEN 'RETIRED'
            ELSE 'UPDATED' END,
          coalesce(nullif(current_setting('renovation.actor', true), ''), session_user),
          to_jsonb(NEW) - 'version');
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER community_history_on_change
  AFTER INSERT OR UPDATE ON community
  FOR EACH ROW EXECUTE FUNCTION community_history_append();

-- Survey imports (普查数据导入): one row per uploaded file, with its progress and every refused row.
CREATE TABLE survey_import
(
  id                   UUID PRIMARY KEY,
  kind                 TEXT                     NOT NULL,
  file_sha256          CHAR(64)                 NOT NULL,
  submitted_by         TEXT                     NOT NULL,
  scope_district       CHAR(6),
  status               TEXT                     NOT NULL,
  total_rows           INTEGER                  NOT NULL DEFAULT 0,
  processed_rows       INTEGER                  NOT NULL DEFAULT 0,
  imported_rows        INTEGER                  NOT NULL DEFAULT 0,
  already_present_rows INTEGER                  NOT NULL DEFAULT 0,
  rejected_rows        INTEGER                  NOT NULL DEFAULT 0,
  failure              TEXT,
  submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  finished_at          TIMESTAMP WITH TIME ZONE
);

CREATE TABLE survey_import_problem
(
  import_id UUID    NOT NULL REFERENCES survey_import (id),
  line      INTEGER NOT NULL,
  field     TEXT    NOT NULL,
  reason    TEXT    NOT NULL
);
CREATE INDEX survey_import_problem_by_import ON survey_import_problem (import_id, line);
