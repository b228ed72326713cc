-- Responsible planners (责任规划师) per street: the current one, and every assignment ever made.
-- One row per street: concurrent re-assignments of a street serialise on it.
CREATE TABLE responsible_planner
(
  street_code     CHAR(9) PRIMARY KEY,
  planner_subject TEXT NOT NULL,
  planner_name    TEXT NOT NULL,
  assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  assigned_by     TEXT NOT NULL
);

-- Append-only: who served a street when, and who at planning assigned them.
CREATE TABLE planner_assignment
(
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  street_code     CHAR(9) NOT NULL,
  planner_subject TEXT NOT NULL,
  planner_name    TEXT NOT NULL,
  assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  assigned_by     TEXT NOT NULL
);
CREATE INDEX planner_assignment_by_street ON planner_assignment (street_code, assigned_at);
