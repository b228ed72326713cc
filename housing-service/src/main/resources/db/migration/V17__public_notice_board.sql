-- The public notice board (公示栏, feature publicboard): only projects in a published state are ever read for it —
-- from the year's plan on (Publication.PUBLISHED; the list here must stay the same, in the same order). Its reads
-- (a community's latest published project, the search, the counts per district) use this index of exactly those rows.
CREATE INDEX renovation_project_published ON renovation_project (community_id, applied_at DESC, id)
  WHERE status IN ('PLANNED', 'CONSTRUCTION_STARTED', 'CONSTRUCTION_COMPLETED', 'ACCEPTED', 'LONG_TERM_MANAGED');
