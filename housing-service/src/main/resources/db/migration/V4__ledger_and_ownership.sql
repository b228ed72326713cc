-- 危楼/简易楼台账 (plan §三(二)): every appraisal of a building and its 一楼一策 plan, append-only; the
-- building's current grade is kept on building.dangerous_grade.
CREATE TABLE building_appraisal
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  building_id  UUID                     NOT NULL REFERENCES building (id),
  grade        CHAR(1)                  NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
  plan         TEXT,
  plan_status  TEXT,
  appraised_on DATE                     NOT NULL,
  note         TEXT                     NOT NULL DEFAULT '',
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  recorded_by  TEXT                     NOT NULL
);
CREATE INDEX building_appraisal_by_building ON building_appraisal (building_id, id);
CREATE INDEX building_in_ledger ON building (dangerous_grade, build_year) WHERE dangerous_grade IN ('C', 'D') OR simple_building;

-- Ownership cases: city SOE non-operating-asset communities (市属非经, registered by SASAC), central-unit and
-- central-SOE communities (registered by the commission), and their 三供一业 handover.
CREATE TABLE ownership_case
(
  id              UUID PRIMARY KEY,
  community_id    UUID                     NOT NULL UNIQUE REFERENCES community (id),
  kind            TEXT                     NOT NULL,
  owner_name      TEXT                     NOT NULL,
  handover_status TEXT                     NOT NULL,
  registered_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  registered_by   TEXT                     NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- Joint acceptance of a community's renovation (联合验收). Written by the acceptance stage of the project life
-- cycle; read now by the rule 先改造、后移交: a 三供一业 handover completes only after acceptance.
CREATE TABLE renovation_acceptance
(
  community_id UUID PRIMARY KEY REFERENCES community (id),
  accepted_on  DATE NOT NULL
);
