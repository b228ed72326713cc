-- Renovation projects (改造项目, plan §三(一), Annex 1 item 3): a community's application and where it is in its
-- life. Status moves only through the life-cycle table in code (ProjectAction); every move is a row of
-- project_transition, appended, never changed. Areas in m² (NUMERIC(12, 2), as the community database).
CREATE TABLE renovation_project
(
  id                   UUID PRIMARY KEY,
  community_id         UUID                     NOT NULL REFERENCES community (id),
  community_name       TEXT                     NOT NULL,
  district_code        CHAR(6)                  NOT NULL,
  street_code          CHAR(9)                  NOT NULL,
  committee_code       CHAR(12),
  build_year           SMALLINT                 NOT NULL CHECK (build_year < 2000),
  floor_area           NUMERIC(12, 2)           NOT NULL,
  status               TEXT                     NOT NULL,
  -- not closed (WITHDRAWN, later: finished): one open project per community, i.e. one application per round
  open                 BOOLEAN                  NOT NULL,
  plan_year            SMALLINT,
  owners               INTEGER                  NOT NULL CHECK (owners > 0),
  owners_agreeing      INTEGER                  NOT NULL CHECK (owners_agreeing BETWEEN 0 AND owners),
  area                 NUMERIC(12, 2)           NOT NULL CHECK (area > 0),
  area_agreeing        NUMERIC(12, 2)           NOT NULL CHECK (area_agreeing >= 0 AND area_agreeing <= area),
  obligations_accepted BOOLEAN                  NOT NULL,
  note                 TEXT                     NOT NULL,
  applied_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  -- number of transitions: a move is stored only over the version it was made from
  version              INTEGER                  NOT NULL CHECK (version > 0)
);
CREATE UNIQUE INDEX renovation_project_one_open_per_community ON renovation_project (community_id) WHERE open;
CREATE INDEX renovation_project_by_applied ON renovation_project (applied_at, id);
CREATE INDEX renovation_project_by_status ON renovation_project (status, applied_at, id);
CREATE INDEX renovation_project_by_district ON renovation_project (district_code, applied_at, id);
CREATE INDEX renovation_project_by_street ON renovation_project (street_code, applied_at, id);
CREATE INDEX renovation_project_by_plan_year ON renovation_project (plan_year, applied_at, id) WHERE plan_year IS NOT NULL;
CREATE INDEX renovation_project_by_committee ON renovation_project (committee_code) WHERE committee_code IS NOT NULL;

-- The wanted items of a project (catalogue codes, A1-6/7/8) with their class, for the class filter and the plan's
-- basic-share rule; replaced as a whole on resubmission.
CREATE TABLE project_item
(
  project_id      UUID    NOT NULL REFERENCES renovation_project (id),
  position        SMALLINT NOT NULL,
  code            TEXT    NOT NULL,
  item_class      TEXT    NOT NULL CHECK (item_class IN ('BASIC', 'COMPLETE', 'UPGRADE')),
  touches_utility BOOLEAN NOT NULL,
  PRIMARY KEY (project_id, position),
  UNIQUE (project_id, code)
);
CREATE INDEX project_item_by_class ON project_item (item_class, project_id);

-- Every move of a project: who (subject, role, scope), when, why. Append-only.
CREATE TABLE project_transition
(
  project_id  UUID                     NOT NULL REFERENCES renovation_project (id),
  sequence    INTEGER                  NOT NULL CHECK (sequence > 0),
  action      TEXT                     NOT NULL,
  from_status TEXT,
  to_status   TEXT                     NOT NULL,
  subject     TEXT                     NOT NULL,
  role        TEXT                     NOT NULL,
  scope       TEXT                     NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  reasons     TEXT[]                   NOT NULL,
  plan_year   SMALLINT,
  PRIMARY KEY (project_id, sequence)
);
