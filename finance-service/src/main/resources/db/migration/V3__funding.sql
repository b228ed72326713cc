-- Cost-sharing rules as versioned data (A3-4, plan §三(七) 建立资金多方共担机制): per cost category the share of each
-- party in basis points (1/100 of a per cent). The plan gives no percentages, so the versions the suite ships are
-- marked as defaults; the Finance Bureau adds versions effective from a date, and none is ever changed or removed.
CREATE TABLE cost_sharing_rule
(
  version        INTEGER PRIMARY KEY,
  effective_from DATE    NOT NULL,
  is_default     BOOLEAN NOT NULL,
  note           TEXT    NOT NULL,
  defined_by     TEXT    NOT NULL,
  defined_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE cost_sharing_share
(
  version      INTEGER NOT NULL REFERENCES cost_sharing_rule (version),
  category     TEXT    NOT NULL CHECK (category IN ('BASIC', 'COMPLETE', 'UPGRADE', 'PIPELINE')),
  party        TEXT    NOT NULL CHECK (party IN ('MUNICIPAL_BUDGET', 'DISTRICT_BUDGET', 'GOVERNMENT_FUNDS_AND_BONDS',
                                                 'RESIDENTS_CASH', 'RESIDENTS_PROVIDENT_FUND',
                                                 'RESIDENTS_MAINTENANCE_FUND', 'ORIGINAL_PROPERTY_UNIT',
                                                 'PIPELINE_OPERATORS', 'SOCIAL_CAPITAL')),
  basis_points INTEGER NOT NULL CHECK (basis_points BETWEEN 1 AND 10000),
  PRIMARY KEY (version, category, party)
);
CREATE FUNCTION cost_sharing_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'cost-sharing rule versions are kept as they were: add a new version';
END;
$$;
CREATE TRIGGER cost_sharing_rule_immutable BEFORE UPDATE OR DELETE ON cost_sharing_rule
  FOR EACH ROW EXECUTE FUNCTION cost_sharing_is_immutable();
CREATE TRIGGER cost_sharing_share_immutable BEFORE UPDATE OR DELETE ON cost_sharing_share
  FOR EACH ROW EXECUTE FUNCTION cost_sharing_is_immutable();
-- every category of a version adds up to 100 %, checked when the version's transaction commits
CREATE FUNCTION cost_sharing_adds_up() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
  wrong TEXT;
BEGIN
  SELECT string_agg(c.category || '=' || coalesce(s.total, 0), ', ') INTO wrong
  FROM (VALUES ('BASIC'), ('COMPLETE'), ('UPGRADE'), ('PIPELINE')) c(category)
  LEFT JOIN (SELECT category, sum(basis_points) AS total FROM cost_sharing_share WHERE version = NEW.version
             GROUP BY category) s ON s.category = c.category
  WHERE coalesce(s.total, 0) <> 10000;
  IF wrong IS NOT NULL THEN
    RAISE EXCEPTION 'cost-sharing rule version % does not add up to 10000 basis points per category: %', NEW.version, wrong
      USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER cost_sharing_rule_adds_up AFTER INSERT ON cost_sharing_rule
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cost_sharing_adds_up();

-- The defaults (默认, not the plan's: it gives no percentages), in force from the start of the 14th Five-Year Plan:
-- basic items government first; complete items shared with a government reward; upgrade items social capital first;
-- pipeline items borne by the operators for their own networks.
INSERT INTO cost_sharing_rule (version, effective_from, is_default, note, defined_by, defined_at)
VALUES (1, DATE '2021-01-01', TRUE,
        '默认分担比例（规划未规定比例）: 基础类政府为主; 完善类多方共担、政府奖补; 提升类鼓励社会资本; 管线类专业经营单位承担自有管网',
        'finance-service defaults', TIMESTAMP WITH TIME ZONE '2021-01-01 00:00:00+08');
INSERT INTO cost_sharing_share (version, category, party, basis_points)
VALUES (1, 'BASIC', 'MUNICIPAL_BUDGET', 5000),
       (1, 'BASIC', 'DISTRICT_BUDGET', 3000),
       (1, 'BASIC', 'GOVERNMENT_FUNDS_AND_BONDS', 1000),
       (1, 'BASIC', 'RESIDENTS_CASH', 500),
       (1, 'BASIC', 'RESIDENTS_MAINTENANCE_FUND', 500),
       (1, 'COMPLETE', 'MUNICIPAL_BUDGET', 3000),
       (1, 'COMPLETE', 'DISTRICT_BUDGET', 2000),
       (1, 'COMPLETE', 'GOVERNMENT_FUNDS_AND_BONDS', 1000),
       (1, 'COMPLETE', 'RESIDENTS_CASH', 1500),
       (1, 'COMPLETE', 'RESIDENTS_PROVIDENT_FUND', 1000),
       (1, 'COMPLETE', 'RESIDENTS_MAINTENANCE_FUND', 500),
       (1, 'COMPLETE', 'ORIGINAL_PROPERTY_UNIT', 500),
       (1, 'COMPLETE', 'SOCIAL_CAPITAL', 500),
       (1, 'UPGRADE', 'MUNICIPAL_BUDGET', 1000),
       (1, 'UPGRADE', 'DISTRICT_BUDGET', 1000),
       (1, 'UPGRADE', 'RESIDENTS_CASH', 1000),
       (1, 'UPGRADE', 'ORIGINAL_PROPERTY_UNIT', 1000),
       (1, 'UPGRADE', 'SOCIAL_CAPITAL', 6000),
       (1, 'PIPELINE', 'PIPELINE_OPERATORS', 7000),
       (1, 'PIPELINE', 'MUNICIPAL_BUDGET', 2000),
       (1, 'PIPELINE', 'DISTRICT_BUDGET', 1000);

-- A project's funding plan (资金方案), drafted from planning's approved design.
CREATE TABLE funding_plan
(
  project_id          UUID PRIMARY KEY,
  community_id        UUID    NOT NULL,
  community_name      TEXT    NOT NULL,
  district_code       TEXT    NOT NULL CHECK (district_code ~ '^[0-9]{6}$'),
  street_code         TEXT    NOT NULL CHECK (street_code ~ '^[0-9]{9}$'),
  plan_year           INTEGER NOT NULL CHECK (plan_year BETWEEN 2000 AND 2100),
  scheme_version      INTEGER NOT NULL CHECK (scheme_version > 0),
  approved_on         DATE    NOT NULL,
  total_cost_fen      BIGINT  NOT NULL CHECK (total_cost_fen >= 0),
  rule_version        INTEGER NOT NULL REFERENCES cost_sharing_rule (version),
  status              TEXT    NOT NULL CHECK (status IN ('DRAFTED', 'HELD', 'COMMITTED', 'VOIDED')),
  version             BIGINT  NOT NULL,
  drafted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by          TEXT    NOT NULL,
  changed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX funding_plan_by_district ON funding_plan (district_code);
CREATE TABLE funding_plan_share
(
  project_id UUID   NOT NULL REFERENCES funding_plan (project_id),
  category   TEXT   NOT NULL,
  party      TEXT   NOT NULL,
  cost_fen   BIGINT NOT NULL CHECK (cost_fen >= 0),
  amount_fen BIGINT NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (project_id, category, party)
);
CREATE TABLE funding_commitment
(
  project_id       UUID   NOT NULL REFERENCES funding_plan (project_id),
  party            TEXT   NOT NULL,
  budget_line_id   UUID   NOT NULL REFERENCES budget_line (id),
  source           TEXT   NOT NULL,
  amount_fen       BIGINT NOT NULL CHECK (amount_fen > 0),
  hold_transfer_id UUID   NOT NULL REFERENCES ledger_transfer (id),
  PRIMARY KEY (project_id, party)
);

-- Tranches paid at milestones (§三(七)); one per project and milestone, one per proving event.
CREATE TABLE tranche
(
  project_id      UUID    NOT NULL REFERENCES funding_plan (project_id),
  milestone       TEXT    NOT NULL CHECK (milestone IN ('CONSTRUCTION_START', 'COMPLETION', 'JOINT_ACCEPTANCE')),
  amount_fen      BIGINT  NOT NULL CHECK (amount_fen > 0),
  source_event_id TEXT    NOT NULL UNIQUE,
  evidence        TEXT    NOT NULL,
  disbursed_by    TEXT    NOT NULL,
  disbursed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (project_id, milestone)
);
-- Refused tranches, for the Finance Bureau to see (资金监管): nothing refused is lost.
CREATE TABLE disbursement_exception
(
  id              UUID PRIMARY KEY,
  project_id      UUID    NOT NULL,
  milestone       TEXT    NOT NULL,
  requested_fen   BIGINT  NOT NULL,
  remaining_fen   BIGINT  NOT NULL,
  reason          TEXT    NOT NULL,
  source_event_id TEXT    NOT NULL,
  evidence        TEXT    NOT NULL,
  recorded_by     TEXT    NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX disbursement_exception_by_time ON disbursement_exception (recorded_at DESC, id);

-- What other parties put into a project: DRC's fixed-asset funding, HPF's provident-fund withdrawals.
CREATE TABLE project_contribution
(
  id          UUID PRIMARY KEY,
  project_id  UUID    NOT NULL REFERENCES funding_plan (project_id),
  kind        TEXT    NOT NULL CHECK (kind IN ('FIXED_ASSET_INVESTMENT', 'PROVIDENT_FUND_WITHDRAWAL')),
  amount_fen  BIGINT  NOT NULL CHECK (amount_fen > 0),
  items       TEXT[]  NOT NULL,
  households  INTEGER CHECK (households > 0),
  reference   TEXT    NOT NULL,
  recorded_by TEXT    NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX project_contribution_by_project ON project_contribution (project_id);

-- Social-capital agreements (社会资本参与, A1-10 微利可持续; A2 发改委), with the services whose income is relieved.
CREATE TABLE social_capital_agreement
(
  id              UUID PRIMARY KEY,
  project_id      UUID    NOT NULL REFERENCES funding_plan (project_id),
  party           TEXT    NOT NULL,
  items           TEXT[]  NOT NULL,
  amount_fen      BIGINT  NOT NULL CHECK (amount_fen > 0),
  terms           TEXT    NOT NULL,
  term_years      INTEGER NOT NULL CHECK (term_years BETWEEN 1 AND 70),
  return_cap_bp   INTEGER NOT NULL CHECK (return_cap_bp BETWEEN 0 AND 10000),
  recorded_by     TEXT    NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE social_capital_service
(
  agreement_id        UUID   NOT NULL REFERENCES social_capital_agreement (id),
  kind                TEXT   NOT NULL,
  declared_income_fen BIGINT NOT NULL CHECK (declared_income_fen >= 0),
  PRIMARY KEY (agreement_id, kind)
);

-- A community's maintenance-fund movements with the owners' vote each rests on (Civil Code Art. 278); the money
-- itself is in the ledger (accounts maintenance-fund:<community>).
CREATE TABLE maintenance_fund_movement
(
  id                     UUID PRIMARY KEY,
  community_id           UUID    NOT NULL,
  district_code          TEXT    NOT NULL CHECK (district_code ~ '^[0-9]{6}$'),
  kind                   TEXT    NOT NULL CHECK (kind IN ('RAISING', 'USE')),
  amount_fen             BIGINT  NOT NULL CHECK (amount_fen > 0),
  project_id             UUID,
  owners_total           INTEGER NOT NULL,
  area_total_m2          NUMERIC(14, 2) NOT NULL,
  owners_voting          INTEGER NOT NULL,
  area_voting_m2         NUMERIC(14, 2) NOT NULL,
  owners_in_favour       INTEGER NOT NULL,
  area_in_favour_m2      NUMERIC(14, 2) NOT NULL,
  voted_on               DATE    NOT NULL,
  vote_reference         TEXT    NOT NULL,
  recorded_by            TEXT    NOT NULL,
  recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX maintenance_fund_movement_by_community ON maintenance_fund_movement (community_id, recorded_at);
