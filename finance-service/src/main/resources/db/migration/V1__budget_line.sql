-- Money set aside for old-community renovation, one row per appropriation in a fiscal year and funding source
-- (市级财政资金预算安排, Annex 2 财政局). Summed per year, it is the fiscal capacity (财政承受能力) housing checks
-- before compiling the annual plan; committed_fen grows as subsidies are promised against the line.
CREATE TABLE budget_line
(
  id            UUID PRIMARY KEY,
  fiscal_year   INTEGER NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
  source        TEXT    NOT NULL CHECK (source IN ('CENTRAL_SUBSIDY', 'MUNICIPAL_BUDGET', 'MUNICIPAL_INVESTMENT',
                                                   'DISTRICT_BUDGET', 'GOVERNMENT_BOND', 'MAINTENANCE_FUND')),
  amount_fen    BIGINT  NOT NULL CHECK (amount_fen > 0),
  committed_fen BIGINT  NOT NULL DEFAULT 0,
  description   TEXT    NOT NULL CHECK (length(btrim(description)) > 0),
  added_by      TEXT    NOT NULL,
  added_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  -- a line can never promise more than it holds
  CONSTRAINT budget_line_committed_within_amount CHECK (committed_fen >= 0 AND committed_fen <= amount_fen)
);
COMMENT ON TABLE budget_line IS 'Renovation appropriations per fiscal year and funding source; summed into the fiscal capacity (财政承受能力) for the annual plan';
COMMENT ON COLUMN budget_line.amount_fen IS 'Appropriated amount in fen (分, 1/100 yuan)';
COMMENT ON COLUMN budget_line.committed_fen IS 'Part of amount_fen already promised as subsidy, in fen';
CREATE INDEX budget_line_by_year ON budget_line (fiscal_year);
