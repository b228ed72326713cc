-- Pipeline coordination (管线统筹, DOMAIN §5 step 8): one plan per project drafted from planning's DesignApproved, one
-- part per utility, dig-once trench windows per street segment shared by the utilities whose works touch it, works
-- reports, inspections and DRC's handover (产权移交).

-- Equality on text inside a GiST index, so one exclusion constraint can hold "same segment AND overlapping dates".
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- 《城市道路管理条例》第三十三条: how long a segment may not be dug after a window completes, by the road works it ended
-- with. Data, not code: a change of the rule is a new migration, not a release.
CREATE TABLE road_protection_period
(
  road_work TEXT PRIMARY KEY,
  years     INTEGER NOT NULL CHECK (years >= 0),
  clause    TEXT    NOT NULL
);
INSERT INTO road_protection_period (road_work, years, clause)
VALUES ('REINSTATEMENT', 0, '《城市道路管理条例》第三十三条: 仅沟槽恢复，不设保护期'),
       ('OVERHAUL', 3, '《城市道路管理条例》第三十三条: 大修的城市道路竣工后3年内不得挖掘'),
       ('REBUILD', 5, '《城市道路管理条例》第三十三条: 新建、扩建、改建的城市道路交付使用后5年内不得挖掘');

CREATE TABLE coordination_plan
(
  project_id                 UUID PRIMARY KEY,
  community_id               UUID     NOT NULL,
  community_name             TEXT     NOT NULL,
  district_code              CHAR(6)  NOT NULL,
  street_code                CHAR(9)  NOT NULL,
  plan_year                  INTEGER  NOT NULL,
  scheme_version             INTEGER  NOT NULL,
  overhead_lines_underground BOOLEAN  NOT NULL,
  status                     TEXT     NOT NULL CHECK (status IN ('DRAFTED', 'INVITED', 'COORDINATED', 'COMPLETED',
                                                                 'HANDED_OVER', 'RELEASED')),
  version                    BIGINT   NOT NULL,
  drafted_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  handover_reference         TEXT,
  handed_over_on             DATE,
  handover_note              TEXT,
  handover_by                TEXT,
  CHECK ((status = 'HANDED_OVER') = (handed_over_on IS NOT NULL))
);
CREATE INDEX coordination_plan_by_street ON coordination_plan (street_code);

CREATE TABLE utility_part
(
  project_id       UUID    NOT NULL REFERENCES coordination_plan,
  utility          TEXT    NOT NULL,
  -- the operators serving the district for the utility when the plan was drafted, by code
  operator_codes   TEXT[]  NOT NULL,
  status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'INVITED', 'CONFIRMED', 'CHANGE_REQUESTED')),
  confirmed_scope  TEXT,
  confirmed_from   DATE,
  confirmed_to     DATE,
  -- what the operator pays for its own network, fen
  contribution_fen BIGINT CHECK (contribution_fen >= 0),
  change_reasons   TEXT[]  NOT NULL DEFAULT '{}',
  answered_by      TEXT,
  answered_at      TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (project_id, utility),
  CHECK ((status = 'CONFIRMED') = (confirmed_from IS NOT NULL AND contribution_fen IS NOT NULL)),
  CHECK (confirmed_to >= confirmed_from)
);

CREATE TABLE part_item
(
  project_id         UUID             NOT NULL,
  utility            TEXT             NOT NULL,
  position           INTEGER          NOT NULL,
  catalogue_code     TEXT             NOT NULL,
  name               TEXT             NOT NULL,
  quantity           DOUBLE PRECISION NOT NULL,
  unit               TEXT             NOT NULL,
  estimated_cost_fen BIGINT           NOT NULL CHECK (estimated_cost_fen >= 0),
  PRIMARY KEY (project_id, utility, position),
  FOREIGN KEY (project_id, utility) REFERENCES utility_part
);

-- Every move of a plan: who, when, why. Appended, never changed.
CREATE TABLE plan_transition
(
  project_id  UUID    NOT NULL REFERENCES coordination_plan,
  sequence    INTEGER NOT NULL,
  action      TEXT    NOT NULL,
  from_status TEXT,
  to_status   TEXT    NOT NULL,
  utility     TEXT,
  subject     TEXT    NOT NULL,
  role        TEXT    NOT NULL,
  scope       TEXT    NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  reasons     TEXT[]  NOT NULL,
  PRIMARY KEY (project_id, sequence)
);

-- Dig once: a window per street segment and time. The exclusion constraint is what keeps two windows of one segment
-- from overlapping, even when two requests arrive at the same moment; a released window no longer holds its segment.
CREATE TABLE trench_window
(
  window_id                UUID      PRIMARY KEY,
  segment_code             TEXT      NOT NULL CHECK (segment_code ~ '^[0-9]{9}-[A-Z0-9]{2,16}$'),
  segment_name             TEXT      NOT NULL,
  street_code              CHAR(9)   NOT NULL CHECK (street_code = left(segment_code, 9)),
  -- the window's days, both included: stored canonically as [start, end + 1)
  period                   DATERANGE NOT NULL CHECK (NOT isempty(period) AND NOT lower_inf(period)
                                                     AND NOT upper_inf(period)),
  status                   TEXT      NOT NULL CHECK (status IN ('SCHEDULED', 'COMPLETED', 'RELEASED')),
  road_work                TEXT      NOT NULL REFERENCES road_protection_period,
  completed_on             DATE,
  -- last protected day after completion; null when the road works call for none
  protected_until          DATE,
  exception_reference      TEXT,
  exception_approved_by    TEXT,
  exception_approved_on    DATE,
  exception_reason         TEXT,
  opened_for               UUID      NOT NULL REFERENCES coordination_plan,
  opened_by                TEXT      NOT NULL,
  opened_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL)),
  CONSTRAINT trench_window_dig_once EXCLUDE USING gist (segment_code WITH =, period WITH &&)
    WHERE (status <> 'RELEASED')
);
-- the street calendar: a street's windows meeting a date range
CREATE INDEX trench_window_by_street ON trench_window USING gist (street_code, period);
-- the protection check: a segment's completed windows by the end of their protection
CREATE INDEX trench_window_protection ON trench_window (segment_code, protected_until) WHERE status = 'COMPLETED';

CREATE TABLE window_participant
(
  window_id  UUID NOT NULL REFERENCES trench_window,
  project_id UUID NOT NULL REFERENCES coordination_plan,
  utility    TEXT NOT NULL,
  role       TEXT NOT NULL CHECK (role IN ('PRIMARY', 'SECONDARY')),
  stage      TEXT NOT NULL CHECK (stage IN ('NOT_STARTED', 'STARTED', 'DONE', 'REINSTATED_INTERIM',
                                            'REINSTATED_PERMANENT')),
  stage_on   DATE,
  PRIMARY KEY (window_id, project_id, utility),
  FOREIGN KEY (project_id, utility) REFERENCES utility_part
);
CREATE INDEX window_participant_by_project ON window_participant (project_id);
-- one primary per window
CREATE UNIQUE INDEX window_participant_one_primary ON window_participant (window_id) WHERE role = 'PRIMARY';

CREATE TABLE works_report
(
  report_id   UUID PRIMARY KEY,
  window_id   UUID NOT NULL REFERENCES trench_window,
  project_id  UUID NOT NULL,
  utility     TEXT NOT NULL,
  stage       TEXT NOT NULL,
  reported_on DATE NOT NULL,
  note        TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX works_report_by_window ON works_report (window_id);

CREATE TABLE works_inspection
(
  inspection_id UUID PRIMARY KEY,
  project_id    UUID    NOT NULL REFERENCES coordination_plan,
  window_id     UUID    NOT NULL REFERENCES trench_window,
  inspected_on  DATE    NOT NULL,
  passed        BOOLEAN NOT NULL,
  findings      TEXT    NOT NULL,
  inspector     TEXT    NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX works_inspection_by_project ON works_inspection (project_id);
