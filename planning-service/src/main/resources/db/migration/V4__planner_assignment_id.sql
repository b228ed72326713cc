-- Each assignment of a planner to a street has its own identity (PlannerAssignmentId): the answer to the
-- assignment, the street's current planner and its history name the same one. Rows from before this migration get
-- a fresh id; a street's current planner takes the id of its latest history entry.
ALTER TABLE planner_assignment ADD COLUMN assignment_id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE planner_assignment ALTER COLUMN assignment_id DROP DEFAULT;
ALTER TABLE planner_assignment ADD CONSTRAINT planner_assignment_id_unique UNIQUE (assignment_id);

ALTER TABLE responsible_planner ADD COLUMN assignment_id UUID;
UPDATE responsible_planner street_planner
SET assignment_id = coalesce((SELECT history.assignment_id
                              FROM planner_assignment history
                              WHERE history.street_code = street_planner.street_code
                              ORDER BY history.id DESC
                              LIMIT 1), gen_random_uuid());
ALTER TABLE responsible_planner ALTER COLUMN assignment_id SET NOT NULL;
