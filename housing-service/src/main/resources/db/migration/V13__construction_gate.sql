-- The construction gate of a project (开工条件, DOMAIN §5 step 9): what housing has heard from the other departments
-- on their topics — the design approved (planning.design), the government funding committed (finance.funding), the
-- pipelines coordinated (pipeline.coordination) — each with the time it became true, null while it is not. Housing
-- never reads the other services' tables: this row is its own memory of their facts. The start itself (date,
-- builder) is recorded here when the district records it.
CREATE TABLE construction_gate
(
  project_id                UUID PRIMARY KEY,
  design_approved_at        TIMESTAMP WITH TIME ZONE,
  -- the approved scheme has items touching a utility network: pipeline coordination is required
  design_has_pipeline_items BOOLEAN                  NOT NULL DEFAULT FALSE,
  design_scheme_version     INTEGER,
  funding_committed_at      TIMESTAMP WITH TIME ZONE,
  pipelines_coordinated_at  TIMESTAMP WITH TIME ZONE,
  started_on                DATE,
  builder                   TEXT,
  start_note                TEXT,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
