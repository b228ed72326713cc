-- Design cases (规划设计方案, DOMAIN §5 step 6): one per renovation project, keyed by housing's project id, opened when
-- housing plans the project (housing.project). Every scheme version is kept with its items, attachments and review;
-- nothing is updated in place except the case's status and version.
CREATE TABLE design_case
(
  project_id        UUID PRIMARY KEY,
  community_id      UUID     NOT NULL,
  community_name    TEXT     NOT NULL,
  district_code     CHAR(6)  NOT NULL,
  street_code       CHAR(9)  NOT NULL,
  plan_year         SMALLINT NOT NULL,
  -- in a historic and cultural district (历史文化街区), as the community view said when the case last moved
  historic_district BOOLEAN  NOT NULL,
  status            TEXT     NOT NULL CHECK (status IN ('OPEN', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUSPENDED',
                                                        'CLOSED', 'ACCEPTED')),
  -- housing's version of the project when the case last moved on its account: a stale fact never moves it back
  project_version   BIGINT   NOT NULL,
  opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  -- grows with every change; a change is a conditional update on it
  version           BIGINT   NOT NULL CHECK (version >= 1)
);
CREATE INDEX design_case_by_street ON design_case (street_code, status);
CREATE INDEX design_case_by_community ON design_case (community_id);

-- Append-only: every move of a case, who (subject, role, scope), when and why.
CREATE TABLE design_case_transition
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id  UUID NOT NULL REFERENCES design_case (project_id),
  action      TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  subject     TEXT NOT NULL,
  role        TEXT NOT NULL,
  scope       TEXT NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  reasons     TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX design_case_transition_by_case ON design_case_transition (project_id, id);

-- Residents' opinions (征集民意) recorded by the planner.
CREATE TABLE opinion_collection
(
  id             UUID PRIMARY KEY,
  project_id     UUID NOT NULL REFERENCES design_case (project_id),
  method         TEXT NOT NULL,
  collected_from DATE NOT NULL,
  collected_to   DATE NOT NULL CHECK (collected_to >= collected_from),
  participants   INTEGER NOT NULL CHECK (participants >= 0),
  requests       TEXT[] NOT NULL,
  recorded_by    TEXT NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX opinion_collection_by_case ON opinion_collection (project_id, recorded_at);

-- Drawings and minutes: the bytes with their SHA-256 (hex), size and media type sniffed from the content.
CREATE TABLE design_attachment
(
  id          UUID PRIMARY KEY,
  project_id  UUID   NOT NULL REFERENCES design_case (project_id),
  kind        TEXT   NOT NULL,
  file_name   TEXT   NOT NULL,
  media_type  TEXT   NOT NULL,
  size_bytes  BIGINT NOT NULL CHECK (size_bytes > 0),
  sha256      CHAR(64) NOT NULL,
  content     BYTEA  NOT NULL CHECK (octet_length(content) = size_bytes),
  uploaded_by TEXT   NOT NULL,
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX design_attachment_by_case ON design_attachment (project_id);

-- One row per submitted version, never changed but for its review.
CREATE TABLE design_scheme
(
  project_id                  UUID     NOT NULL REFERENCES design_case (project_id),
  version                     INTEGER  NOT NULL CHECK (version >= 1),
  changes_land_rights         BOOLEAN  NOT NULL,
  changes_planning_conditions BOOLEAN  NOT NULL,
  historic_keeping            TEXT,
  summary                     TEXT     NOT NULL,
  total_cost_fen              BIGINT   NOT NULL CHECK (total_cost_fen >= 0),
  -- the opinion collections and attachments the version was submitted with
  opinion_ids                 UUID[]   NOT NULL,
  attachment_ids              UUID[]   NOT NULL,
  -- the parts changed since the previous version (all of them for version 1)
  changed_parts               TEXT[]   NOT NULL,
  submitted_by                TEXT     NOT NULL,
  submitted_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  decision                    TEXT CHECK (decision IN ('APPROVE', 'RETURN')),
  reviewed_by                 TEXT,
  reviewed_at                 TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (project_id, version),
  CHECK ((decision IS NULL) = (reviewed_by IS NULL) AND (decision IS NULL) = (reviewed_at IS NULL))
);

CREATE TABLE design_item
(
  project_id                 UUID    NOT NULL,
  version                    INTEGER NOT NULL,
  position                   INTEGER NOT NULL,
  code                       TEXT    NOT NULL,
  name                       TEXT    NOT NULL,
  item_class                 TEXT    NOT NULL CHECK (item_class IN ('BASIC', 'COMPLETE', 'UPGRADE')),
  quantity                   NUMERIC(14, 3) NOT NULL CHECK (quantity > 0),
  unit                       TEXT    NOT NULL,
  estimated_cost_fen         BIGINT  NOT NULL CHECK (estimated_cost_fen >= 0),
  touches_utility            BOOLEAN NOT NULL,
  utility                    TEXT,
  description                TEXT,
  demolishes_determination   UUID,
  PRIMARY KEY (project_id, version, code),
  FOREIGN KEY (project_id, version) REFERENCES design_scheme (project_id, version),
  CHECK (touches_utility = (utility IS NOT NULL))
);

-- All comments of a return, per version (一次性提出审查意见).
CREATE TABLE review_comment
(
  project_id UUID    NOT NULL,
  version    INTEGER NOT NULL,
  position   INTEGER NOT NULL,
  part       TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  PRIMARY KEY (project_id, version, position),
  FOREIGN KEY (project_id, version) REFERENCES design_scheme (project_id, version)
);

-- The permit each item of the approved scheme needs (A3-8), and the later check of a notification commitment.
CREATE TABLE item_permit
(
  project_id     UUID    NOT NULL REFERENCES design_case (project_id),
  scheme_version INTEGER NOT NULL,
  code           TEXT    NOT NULL,
  determination  TEXT    NOT NULL CHECK (determination IN ('NONE', 'NOTIFICATION_COMMITMENT', 'FULL_PROCEDURE')),
  suggested      TEXT    NOT NULL CHECK (suggested IN ('NONE', 'NOTIFICATION_COMMITMENT', 'FULL_PROCEDURE')),
  reason         TEXT    NOT NULL,
  determined_by  TEXT    NOT NULL,
  determined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  check_passed   BOOLEAN,
  check_note     TEXT,
  checked_by     TEXT,
  checked_at     TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (project_id, code),
  CHECK (check_passed IS NULL OR determination = 'NOTIFICATION_COMMITMENT')
);

-- Illegal-construction determinations (违法建设认定) per community, by the commission.
CREATE TABLE illegal_construction
(
  id            UUID PRIMARY KEY,
  community_id  UUID    NOT NULL,
  district_code CHAR(6) NOT NULL,
  street_code   CHAR(9) NOT NULL,
  what          TEXT    NOT NULL,
  location      TEXT    NOT NULL,
  decision      TEXT    NOT NULL CHECK (decision IN ('DEMOLISH', 'RECTIFY')),
  determined_by TEXT    NOT NULL,
  determined_at TIMESTAMP WITH TIME ZONE NOT NULL,
  resolution    TEXT,
  resolved_by   TEXT,
  resolved_at   TIMESTAMP WITH TIME ZONE,
  CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);
CREATE INDEX illegal_construction_open_by_community ON illegal_construction (community_id) WHERE resolved_at IS NULL;

-- The planner's effect evaluation (开展改造评估), once per project, after joint acceptance.
CREATE TABLE post_renovation_evaluation
(
  project_id   UUID PRIMARY KEY REFERENCES design_case (project_id),
  rating       SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
  findings     TEXT     NOT NULL,
  evaluated_by TEXT     NOT NULL,
  evaluated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
