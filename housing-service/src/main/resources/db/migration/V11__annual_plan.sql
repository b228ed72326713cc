-- Annual plans (年度任务计划, plan §三(一)) and their dynamic adjustments (§四(二)). A plan's tasks are its projects as
-- they were when they entered it (task class, floor area, estimated subsidy); a project is in one plan at most. Every
-- compilation or adjustment is a row of annual_plan_change, appended, never changed, with the figures both rules were
-- checked on. Areas in m², money in fen.
CREATE TABLE annual_plan
(
  year         SMALLINT PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  compiled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  -- number of changes: an adjustment is stored only over the version it was made from
  version      INTEGER                  NOT NULL CHECK (version > 0)
);

CREATE TABLE annual_plan_project
(
  year           SMALLINT       NOT NULL REFERENCES annual_plan (year),
  project_id     UUID           NOT NULL UNIQUE REFERENCES renovation_project (id),
  position       INTEGER        NOT NULL,
  community_id   UUID           NOT NULL,
  community_name TEXT           NOT NULL,
  district_code  CHAR(6)        NOT NULL,
  street_code    CHAR(9)        NOT NULL,
  task_class     TEXT           NOT NULL CHECK (task_class IN ('BASIC', 'COMPLETE', 'UPGRADE')),
  floor_area     NUMERIC(12, 2) NOT NULL CHECK (floor_area >= 0),
  subsidy_fen    BIGINT         NOT NULL CHECK (subsidy_fen >= 0),
  PRIMARY KEY (year, project_id)
);
CREATE INDEX annual_plan_project_by_district ON annual_plan_project (year, district_code);

CREATE TABLE annual_plan_change
(
  year                SMALLINT                 NOT NULL REFERENCES annual_plan (year),
  sequence            INTEGER                  NOT NULL CHECK (sequence > 0),
  kind                TEXT                     NOT NULL CHECK (kind IN ('COMPILED', 'ADJUSTED')),
  added               UUID[]                   NOT NULL,
  removed             UUID[]                   NOT NULL,
  reasons             TEXT[]                   NOT NULL,
  subject             TEXT                     NOT NULL,
  role                TEXT                     NOT NULL,
  scope               TEXT                     NOT NULL,
  at                  TIMESTAMP WITH TIME ZONE NOT NULL,
  projects            INTEGER                  NOT NULL,
  floor_area          NUMERIC(14, 2)           NOT NULL,
  basic_projects      INTEGER                  NOT NULL,
  basic_floor_area    NUMERIC(14, 2)           NOT NULL,
  subsidy_fen         BIGINT                   NOT NULL,
  measure             TEXT                     NOT NULL CHECK (measure IN ('FLOOR_AREA', 'COUNT')),
  budgeted_fen        BIGINT                   NOT NULL,
  available_fen       BIGINT                   NOT NULL,
  budget_lines        INTEGER                  NOT NULL,
  PRIMARY KEY (year, sequence),
  -- the plan's two rules, held by the database as well: basic-class tasks ≥ 20% by the measure, within capacity
  CHECK (projects > 0),
  CHECK (CASE measure WHEN 'FLOOR_AREA' THEN basic_floor_area * 100 >= floor_area * 20
                      ELSE basic_projects * 100 >= projects * 20 END),
  CHECK (subsidy_fen <= available_fen)
);

-- the reserve pool reads reserved projects with their communities' complaints; a plan's district part by year
CREATE INDEX renovation_project_reserved ON renovation_project (community_id, applied_at, id) WHERE status = 'RESERVED';
