-- A building's district, copied from its community when the building is registered (communities never move
-- districts), so that district summaries and the ledger count a district's buildings without a join.
ALTER TABLE building ADD COLUMN district_code CHAR(6);
UPDATE building b SET district_code = c.district_code FROM community c WHERE c.id = b.community_id;
ALTER TABLE building ALTER COLUMN district_code SET NOT NULL;
CREATE INDEX building_by_district ON building (district_code, dangerous_grade);
CREATE INDEX community_retired ON community (id) WHERE retired_at IS NOT NULL;

-- When a running import last finished a chunk: one silent for minutes was cut off by a stopped service.
ALTER TABLE survey_import ADD COLUMN progressed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();
