-- clinic_cedar: its patients were imported from the clinic's old system in June, where a phone
-- number was mandatory (so every one of them has one). The import runbook made phone NOT NULL
-- "for the duration of the import" and nobody took it off again. Nothing failed until the
-- booking form stopped asking for a phone number.

UPDATE patients SET phone = '+44 7700 9' || lpad(id::text, 5, '0') WHERE phone IS NULL;
ALTER TABLE patients ALTER COLUMN phone SET NOT NULL;
