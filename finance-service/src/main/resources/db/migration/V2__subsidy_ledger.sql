-- The subsidy ledger (DOMAIN §7): every movement of renovation money is one immutable double entry between two
-- accounts, in integer fen. Modelled on TigerBeetle's invariants: accounts carry running debit/credit columns, posted
-- and pending; a transfer is single-phase, or a pending hold that is later posted or voided exactly once; an account
-- flagged debits_must_not_exceed_credits can never be overdrawn — the CHECK below holds it in the database whatever
-- the Java code does, under any concurrency (each UPDATE computes the new row from the latest committed one).

-- What a budget line is worth now lives in the ledger; the line keeps only what was appropriated.
ALTER TABLE budget_line DROP CONSTRAINT budget_line_committed_within_amount;
ALTER TABLE budget_line DROP COLUMN committed_fen;

CREATE TABLE ledger_account
(
  id                             TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  -- APPROPRIATION: where a year's source of money enters (may go below zero, like an operator account);
  -- BUDGET_LINE: one appropriation; COMMITMENT: a project's committed government part per source;
  -- DISBURSED: what was paid out to a project per source; OWNERS: owners' contributions to a maintenance fund;
  -- MAINTENANCE_FUND: a community's special maintenance fund (住宅专项维修资金); FUND_USE: a project's use of it
  kind                           TEXT    NOT NULL CHECK (kind IN ('APPROPRIATION', 'BUDGET_LINE', 'COMMITMENT',
                                                                  'DISBURSED', 'OWNERS', 'MAINTENANCE_FUND',
                                                                  'FUND_USE')),
  fiscal_year                    INTEGER CHECK (fiscal_year BETWEEN 2000 AND 2100),
  source                         TEXT,
  budget_line_id                 UUID REFERENCES budget_line (id),
  project_id                     UUID,
  community_id                   UUID,
  debits_must_not_exceed_credits BOOLEAN NOT NULL,
  debits_posted                  BIGINT  NOT NULL DEFAULT 0 CHECK (debits_posted >= 0),
  credits_posted                 BIGINT  NOT NULL DEFAULT 0 CHECK (credits_posted >= 0),
  debits_pending                 BIGINT  NOT NULL DEFAULT 0 CHECK (debits_pending >= 0),
  credits_pending                BIGINT  NOT NULL DEFAULT 0 CHECK (credits_pending >= 0),
  -- the no-overdraft guard: held and posted debits together never exceed posted credits
  CONSTRAINT ledger_account_no_overdraft
    CHECK (NOT debits_must_not_exceed_credits OR debits_posted + debits_pending <= credits_posted)
);
COMMENT ON TABLE ledger_account IS 'Accounts of the subsidy ledger with running totals in fen; never below zero where flagged';
CREATE INDEX ledger_account_by_year ON ledger_account (fiscal_year, source) WHERE fiscal_year IS NOT NULL;
CREATE INDEX ledger_account_by_project ON ledger_account (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX ledger_account_by_budget_line ON ledger_account (budget_line_id) WHERE budget_line_id IS NOT NULL;

CREATE TABLE ledger_transfer
(
  -- given by the caller: applying the same transfer again answers "exists" and changes nothing
  id             UUID PRIMARY KEY,
  debit_account  TEXT    NOT NULL REFERENCES ledger_account (id),
  credit_account TEXT    NOT NULL REFERENCES ledger_account (id),
  amount_fen     BIGINT  NOT NULL CHECK (amount_fen > 0),
  -- POSTED: single phase; PENDING: a hold; POST_PENDING / VOID_PENDING: resolve the hold named by pending_id
  phase          TEXT    NOT NULL CHECK (phase IN ('POSTED', 'PENDING', 'POST_PENDING', 'VOID_PENDING')),
  pending_id     UUID REFERENCES ledger_transfer (id),
  -- why the money moved: APPROPRIATION, COMMITMENT, DISBURSEMENT, RELEASE, FUND_RAISING, FUND_USE
  code           TEXT    NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  project_id     UUID,
  memo           TEXT    NOT NULL,
  recorded_by    TEXT    NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ledger_transfer_two_accounts CHECK (debit_account <> credit_account),
  CONSTRAINT ledger_transfer_resolution_names_its_hold
    CHECK ((phase IN ('POST_PENDING', 'VOID_PENDING')) = (pending_id IS NOT NULL))
);
COMMENT ON TABLE ledger_transfer IS 'Immutable double entries of the subsidy ledger, fen; corrections are new transfers';
-- a hold is posted or voided once, never both, never twice
CREATE UNIQUE INDEX ledger_transfer_resolves_a_hold_once ON ledger_transfer (pending_id) WHERE pending_id IS NOT NULL;
CREATE INDEX ledger_transfer_by_project ON ledger_transfer (project_id) WHERE project_id IS NOT NULL;

CREATE FUNCTION ledger_transfer_is_immutable() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'ledger transfers are immutable: correct one with a new transfer' USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER ledger_transfer_immutable
  BEFORE UPDATE OR DELETE ON ledger_transfer
  FOR EACH ROW EXECUTE FUNCTION ledger_transfer_is_immutable();

-- Every budget line so far gets its account, funded from its year's appropriation of its source.
INSERT INTO ledger_account (id, kind, fiscal_year, source, debits_must_not_exceed_credits)
SELECT DISTINCT 'appropriation:' || fiscal_year || ':' || source, 'APPROPRIATION', fiscal_year, source, FALSE
FROM budget_line;
INSERT INTO ledger_account (id, kind, fiscal_year, source, budget_line_id, debits_must_not_exceed_credits,
                            credits_posted)
SELECT 'budget-line:' || id, 'BUDGET_LINE', fiscal_year, source, id, TRUE, amount_fen
FROM budget_line;
UPDATE ledger_account a
SET debits_posted = t.total
FROM (SELECT fiscal_year, source, sum(amount_fen) AS total FROM budget_line GROUP BY fiscal_year, source) t
WHERE a.id = 'appropriation:' || t.fiscal_year || ':' || t.source;
INSERT INTO ledger_transfer (id, debit_account, credit_account, amount_fen, phase, code, memo, recorded_by,
                             recorded_at)
SELECT id, 'appropriation:' || fiscal_year || ':' || source, 'budget-line:' || id, amount_fen, 'POSTED',
       'APPROPRIATION', 'appropriation of budget line ' || id, added_by, added_at
FROM budget_line;
