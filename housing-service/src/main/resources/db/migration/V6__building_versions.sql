-- Buildings are corrected and retired (demolished, merged) like communities, never deleted, with history.
ALTER TABLE building
  ADD COLUMN version        BIGINT NOT NULL DEFAULT 1,
  ADD COLUMN retired_at     TIMESTAMP WITH TIME ZONE,
  ADD COLUMN retired_reason TEXT;

-- Every version of a changed building, written by the database. A building never changed has no rows here:
-- its registration is the row itself, and its first change records both that original and the new version
-- (so a survey import of 200,000 buildings writes no history at all).
CREATE TABLE building_history
(
  building_id UUID                     NOT NULL,
  version     BIGINT                   NOT NULL,
  change      TEXT                     NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  actor       TEXT                     NOT NULL,
  snapshot    JSONB                    NOT NULL,
  PRIMARY KEY (building_id, version)
);

CREATE FUNCTION building_history_append() RETURNS trigger AS
$$
DECLARE
  who TEXT := coalesce(nullif(current_setting('renovation.actor', true), ''), session_user);
BEGIN
  INSERT INTO building_history (building_id, version, change, actor, snapshot)
  VALUES (OLD.id, OLD.version, 'REGISTERED', 'not recorded', to_jsonb(OLD) - 'version')
  ON CONFLICT DO NOTHING;
  INSERT INTO building_history (building_id, version, change, actor, snapshot)
  VALUES (NEW.id, NEW.version,
          CASE WHEN NEW.retired_at IS NOT NULL AND OLD.retired_at IS NULL THEN 'RETIRED' ELSE 'UPDATED' END,
          who, to_jsonb(NEW) - 'version');
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER building_history_on_change
  AFTER UPDATE ON building
  FOR EACH ROW WHEN (OLD.version IS DISTINCT FROM NEW.version)
  EXECUTE FUNCTION building_history_append();
