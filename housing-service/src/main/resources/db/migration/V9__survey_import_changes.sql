-- Survey imports account for every row: besides imported, already present and rejected rows, the rows that
-- differ from the registered community or building (reported, not applied: correct them with PUT).
ALTER TABLE survey_import ADD COLUMN changed_rows INTEGER NOT NULL DEFAULT 0;
-- A listed row is REJECTED (why it was refused) or CHANGED (a field in which it differs from the register).
ALTER TABLE survey_import_problem
  ADD COLUMN kind TEXT NOT NULL DEFAULT 'REJECTED' CHECK (kind IN ('REJECTED', 'CHANGED'));
