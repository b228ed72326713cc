-- Joint acceptance of a renovation project (联合验收, plan §三(七)): opened by the district once construction is
-- completed; every required party signs it off, or refuses with findings and signs later after rectification. The
-- last sign-off passes it (the project moves to ACCEPTED, and renovation_acceptance records the community's).
CREATE TABLE joint_acceptance
(
  project_id UUID PRIMARY KEY REFERENCES renovation_project (id),
  status     TEXT                     NOT NULL CHECK (status IN ('OPEN', 'PASSED')),
  opened_on  DATE                     NOT NULL,
  note       TEXT                     NOT NULL,
  opened_by  TEXT                     NOT NULL,
  opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  passed_at  TIMESTAMP WITH TIME ZONE,
  CHECK ((status = 'PASSED') = (passed_at IS NOT NULL))
);

-- The parties whose sign-off the acceptance needs, each with its latest decision (none yet: NULL). utility is ''
-- for every party but OPERATOR, which is one row per utility with pipeline works on the project.
CREATE TABLE acceptance_party
(
  project_id UUID                     NOT NULL REFERENCES joint_acceptance (project_id),
  party      TEXT                     NOT NULL CHECK (party IN ('BUILDER', 'PROPERTY_COMPANY', 'OWNERS', 'STREET', 'OPERATOR')),
  utility    TEXT                     NOT NULL CHECK ((party = 'OPERATOR') = (utility <> '')),
  position   SMALLINT                 NOT NULL,
  decision   TEXT CHECK (decision IN ('SIGN', 'REFUSE')),
  findings   TEXT[]                   NOT NULL DEFAULT '{}',
  signed_by  TEXT,
  signed_at  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (project_id, party, utility),
  CHECK ((decision IS NULL) = (signed_at IS NULL)),
  CHECK (decision IS DISTINCT FROM 'REFUSE' OR cardinality(findings) > 0)
);

-- Every decision a party gave, in order (a refusal stays on record after the later sign-off).
CREATE TABLE acceptance_sign_off
(
  id         BIGSERIAL PRIMARY KEY,
  project_id UUID                     NOT NULL REFERENCES joint_acceptance (project_id),
  party      TEXT                     NOT NULL,
  utility    TEXT                     NOT NULL,
  decision   TEXT                     NOT NULL CHECK (decision IN ('SIGN', 'REFUSE')),
  findings   TEXT[]                   NOT NULL,
  signed_by  TEXT                     NOT NULL,
  role       TEXT                     NOT NULL,
  signed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX acceptance_sign_off_by_project ON acceptance_sign_off (project_id, id);
