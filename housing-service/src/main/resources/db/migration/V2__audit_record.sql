-- The suite's audit trail (审计留痕): every call through the gateway, allowed or refused, and every state change
-- in a service, appended in arrival order and hash-chained (see AuditChain) so that an edited or deleted link
-- is detected. The database itself refuses changes and deletions; the chain catches whoever bypasses that.
CREATE TABLE audit_record
(
  position      BIGSERIAL PRIMARY KEY,
  record_id     TEXT                     NOT NULL UNIQUE,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  source        TEXT                     NOT NULL,
  kind          TEXT                     NOT NULL,
  subject       TEXT                     NOT NULL,
  role          TEXT                     NOT NULL,
  scope         TEXT                     NOT NULL,
  operation     TEXT                     NOT NULL,
  target        TEXT                     NOT NULL,
  outcome       TEXT                     NOT NULL,
  previous_hash CHAR(64)                 NOT NULL,
  hash          CHAR(64)                 NOT NULL UNIQUE
);
CREATE INDEX audit_record_by_subject ON audit_record (subject, position);
CREATE INDEX audit_record_by_operation ON audit_record (operation, position);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_record
  FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER audit_record_no_truncate
  BEFORE TRUNCATE ON audit_record
  FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
