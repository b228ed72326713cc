-- The proof of each milestone as housing published it on housing.project (ConstructionStarted, ConstructionCompleted,
-- JointAcceptancePassed): one per project and milestone, one per proving event. The last tranche waits for the joint
-- acceptance's proof (§三(七) 按进度拨付: each tranche triggered by the event that proves it).
CREATE TABLE milestone_proof
(
  project_id      UUID NOT NULL,
  milestone       TEXT NOT NULL CHECK (milestone IN ('CONSTRUCTION_START', 'COMPLETION', 'JOINT_ACCEPTANCE')),
  source_event_id TEXT NOT NULL UNIQUE,
  fact_type       TEXT NOT NULL,
  proved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (project_id, milestone)
);

-- A design returned after its funding plan was drafted sends the plan back to draft (RETURNED_TO_DRAFT): it waits for
-- the next approved scheme and cannot be confirmed meanwhile.
ALTER TABLE funding_plan DROP CONSTRAINT funding_plan_status_check;
ALTER TABLE funding_plan ADD CONSTRAINT funding_plan_status_check
  CHECK (status IN ('DRAFTED', 'RETURNED_TO_DRAFT', 'HELD', 'COMMITTED', 'VOIDED'));
