-- The approved design as planning published it (DesignApproved on planning.design, feature construction): its items
-- and its total cost, for the public notice (公示, feature publicboard) — what the community will get, and the one
-- money figure the notice shows. A newer approved scheme replaces it; planning returning the design removes it.
CREATE TABLE approved_design
(
  project_id     UUID PRIMARY KEY,
  scheme_version INTEGER                  NOT NULL CHECK (scheme_version > 0),
  total_cost_fen BIGINT                   NOT NULL CHECK (total_cost_fen >= 0),
  approved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE approved_design_item
(
  project_id UUID    NOT NULL REFERENCES approved_design (project_id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  code       TEXT    NOT NULL,
  name       TEXT    NOT NULL,
  -- null when planning named no class
  item_class TEXT CHECK (item_class IN ('BASIC', 'COMPLETE', 'UPGRADE')),
  PRIMARY KEY (project_id, position)
);
