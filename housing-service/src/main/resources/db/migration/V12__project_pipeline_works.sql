-- The utilities whose operators coordinated works on a project, as housing heard them on pipeline.coordination
-- (PipelinesCoordinated): the joint acceptance needs each of these operators' sign-off. Cleared when a later fact
-- says the plan is a draft again or released.
CREATE TABLE project_pipeline_work
(
  project_id  UUID                     NOT NULL REFERENCES renovation_project (id),
  utility     TEXT                     NOT NULL CHECK (utility ~ '^[A-Z_]{2,32}$'),
  operator    TEXT                     NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (project_id, utility)
);
