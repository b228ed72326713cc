-- Joint acceptances (联合验收) as housing published them on housing.project (JointAcceptancePassed): the fact DRC's
-- handover of the renovated networks waits for (产权移交 after acceptance, A2 发改委). One per project; the event's id is
-- the acceptance reference the handover records.
CREATE TABLE joint_acceptance
(
  project_id  UUID PRIMARY KEY,
  event_id    TEXT NOT NULL UNIQUE,
  accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
