-- Construction progress (施工进度, plan §四(三)): the district's reports on a started project, percent per wanted
-- item (never lower than the item's last report), with photos kept in the database with their SHA-256. The report
-- that brings every item to 100 completes construction (CONSTRUCTION_COMPLETED).
CREATE TABLE progress_report
(
  id          UUID PRIMARY KEY,
  project_id  UUID                     NOT NULL REFERENCES renovation_project (id),
  reported_on DATE                     NOT NULL,
  note        TEXT                     NOT NULL,
  complete    BOOLEAN                  NOT NULL,
  reported_by TEXT                     NOT NULL,
  reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX progress_report_by_project ON progress_report (project_id, reported_at);

CREATE TABLE progress_item
(
  report_id UUID     NOT NULL REFERENCES progress_report (id),
  position  SMALLINT NOT NULL,
  code      TEXT     NOT NULL,
  percent   SMALLINT NOT NULL CHECK (percent BETWEEN 0 AND 100),
  PRIMARY KEY (report_id, position),
  UNIQUE (report_id, code)
);

CREATE TABLE progress_photo
(
  id          UUID PRIMARY KEY,
  report_id   UUID                     NOT NULL REFERENCES progress_report (id),
  media_type  TEXT                     NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  size_bytes  INTEGER                  NOT NULL CHECK (size_bytes > 0),
  sha256      CHAR(64)                 NOT NULL,
  content     BYTEA                    NOT NULL,
  uploaded_by TEXT                     NOT NULL,
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX progress_photo_by_report ON progress_photo (report_id);

-- For the monthly district figures: transitions by status and time.
CREATE INDEX project_transition_by_status_at ON project_transition (to_status, at);

-- The renovation journey (RenovationJourney, the process across the four departments): for each project, the steps
-- done (or skipped) and the compensations expected, each with when it opened and when it was done. Deadlines are
-- not stored: they follow from the opening and the settings, evaluated when read.
CREATE TABLE journey_step
(
  project_id UUID                     NOT NULL,
  step       TEXT                     NOT NULL,
  opened_at  TIMESTAMP WITH TIME ZONE,
  done_at    TIMESTAMP WITH TIME ZONE,
  skipped    BOOLEAN                  NOT NULL DEFAULT FALSE,
  note       TEXT,
  PRIMARY KEY (project_id, step)
);
CREATE INDEX journey_step_open ON journey_step (step) WHERE done_at IS NULL AND NOT skipped;
