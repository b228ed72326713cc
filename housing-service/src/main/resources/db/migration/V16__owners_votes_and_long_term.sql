-- Owners' votes under the Civil Code (业主共同决定, 民法典 第二百七十八条; DOMAIN.md §7), try-before-buy and long-term
-- management (先尝后买, A1-11; 长效管理), and the evaluation of projects (满意度, plan §四(三)).

-- The thresholds, as data: participation at least participation_numerator/participation_denominator of the owners
-- AND of the exclusive floor area; then, among those taking part, by number AND by area, approval at least (or, when
-- approval_strict, more than) approval_numerator/approval_denominator.
CREATE TABLE vote_rule
(
  matter                    TEXT PRIMARY KEY,
  participation_numerator   INTEGER NOT NULL CHECK (participation_numerator > 0),
  participation_denominator INTEGER NOT NULL CHECK (participation_denominator >= participation_numerator),
  approval_numerator        INTEGER NOT NULL CHECK (approval_numerator > 0),
  approval_denominator      INTEGER NOT NULL CHECK (approval_denominator >= approval_numerator),
  approval_strict           BOOLEAN NOT NULL,
  name                      TEXT    NOT NULL,
  clause                    TEXT    NOT NULL
);
INSERT INTO vote_rule VALUES
  ('HIRE_PROPERTY_COMPANY', 2, 3, 1, 2, TRUE, 'MORE_THAN_HALF', '民法典 第二百七十八条 第一款第(四)项 选聘和解聘物业服务企业: 过半数'),
  ('USE_MAINTENANCE_FUND', 2, 3, 1, 2, TRUE, 'MORE_THAN_HALF', '民法典 第二百七十八条 第一款第(五)项 使用维修资金: 过半数'),
  ('RAISE_MAINTENANCE_FUND', 2, 3, 3, 4, FALSE, 'THREE_QUARTERS', '民法典 第二百七十八条 第一款第(六)项 筹集维修资金: 四分之三以上'),
  ('ADD_ELEVATOR', 2, 3, 3, 4, FALSE, 'THREE_QUARTERS', '民法典 第二百七十八条 第一款第(七)项 改建、重建建筑物及其附属设施: 四分之三以上'),
  ('LET_SHARED_SPACE', 2, 3, 3, 4, FALSE, 'THREE_QUARTERS', '民法典 第二百七十八条 第一款第(八)项 改变共有部分的用途或者利用共有部分从事经营活动: 四分之三以上');

CREATE TABLE owners_vote
(
  id             UUID PRIMARY KEY,
  community_id   UUID                     NOT NULL REFERENCES community (id),
  district_code  CHAR(6)                  NOT NULL,
  street_code    CHAR(9)                  NOT NULL,
  project_id     UUID REFERENCES renovation_project (id),
  matter         TEXT                     NOT NULL REFERENCES vote_rule (matter),
  question       TEXT                     NOT NULL,
  owners         INTEGER                  NOT NULL CHECK (owners > 0),
  area           NUMERIC(12, 2)           NOT NULL CHECK (area > 0),
  status         TEXT                     NOT NULL CHECK (status IN ('OPEN', 'PASSED', 'FAILED')),
  organised_by   TEXT                     NOT NULL,
  organised_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at      TIMESTAMP WITH TIME ZONE,
  rule           TEXT,
  reasons        TEXT[]                   NOT NULL DEFAULT '{}',
  CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
CREATE INDEX owners_vote_by_community ON owners_vote (community_id, organised_at);

-- One ballot per unit (专有部分), with its exclusive floor area, so both counts can be checked.
CREATE TABLE vote_ballot
(
  vote_id     UUID                     NOT NULL REFERENCES owners_vote (id),
  unit        TEXT                     NOT NULL,
  area        NUMERIC(12, 2)           NOT NULL CHECK (area > 0),
  choice      TEXT                     NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
  recorded_by TEXT                     NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (vote_id, unit)
);

-- 先尝后买 (A1-11): a pre-selected property company serves a trial without contract or fee; the owners' vote ends it.
CREATE TABLE property_trial
(
  id               UUID PRIMARY KEY,
  project_id       UUID                     NOT NULL REFERENCES renovation_project (id),
  property_company TEXT                     NOT NULL,
  starts_on        DATE                     NOT NULL,
  ends_on          DATE                     NOT NULL CHECK (ends_on >= starts_on),
  status           TEXT                     NOT NULL CHECK (status IN ('SERVING', 'CONTRACTED', 'REOPENED')),
  vote_id          UUID REFERENCES owners_vote (id),
  recorded_by      TEXT                     NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- a project has at most one trial that is serving or has led to the contract; a reopened choice allows a new one
CREATE UNIQUE INDEX property_trial_one_live_per_project ON property_trial (project_id) WHERE status <> 'REOPENED';

-- The property-service contract the owners' vote approved (物业服务合同), one per project.
CREATE TABLE property_contract
(
  project_id       UUID PRIMARY KEY REFERENCES renovation_project (id),
  trial_id         UUID                     NOT NULL REFERENCES property_trial (id),
  vote_id          UUID                     NOT NULL REFERENCES owners_vote (id),
  property_company TEXT                     NOT NULL,
  signed_on        DATE                     NOT NULL,
  signed_by        TEXT                     NOT NULL,
  signed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each raising (set up or top-up) of a community's maintenance fund, as finance said on finance.maintenance.
CREATE TABLE maintenance_fund_raise
(
  event_id       TEXT PRIMARY KEY,
  community_id   UUID                     NOT NULL,
  amount_fen     BIGINT                   NOT NULL CHECK (amount_fen > 0),
  balance_fen    BIGINT                   NOT NULL,
  vote_reference TEXT                     NOT NULL,
  moved_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX maintenance_fund_raise_by_community ON maintenance_fund_raise (community_id, moved_at);

-- Residents' satisfaction surveys of a project (满意度调查), recorded by the district.
CREATE TABLE satisfaction_survey
(
  id           UUID PRIMARY KEY,
  project_id   UUID                     NOT NULL REFERENCES renovation_project (id),
  surveyed_on  DATE                     NOT NULL,
  participants INTEGER                  NOT NULL CHECK (participants > 0),
  score        NUMERIC(5, 2)            NOT NULL CHECK (score BETWEEN 0 AND 100),
  recorded_by  TEXT                     NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX satisfaction_survey_by_project ON satisfaction_survey (project_id);
