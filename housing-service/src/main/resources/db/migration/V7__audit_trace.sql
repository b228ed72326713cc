-- The W3C trace id of the call an audited act belongs to: the gateway's record of a call and the services'
-- records of what it changed share it. Links appended before this column existed keep their hashes (the hash
-- covers the trace only when there is one).
ALTER TABLE audit_record ADD COLUMN trace CHAR(32);
CREATE INDEX audit_record_by_trace ON audit_record (trace, position) WHERE trace IS NOT NULL;
