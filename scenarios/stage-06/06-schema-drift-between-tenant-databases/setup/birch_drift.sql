-- clinic_birch: migration 004 ("appointment reference widened to 24") was a hand-run hotfix in
-- the spring, typed into the clinics that needed it then. Birch did not, and it never ran there:
-- its ledger still records it (the hotfix script wrote the ledger row for every clinic first).

ALTER TABLE appointments ALTER COLUMN reference TYPE varchar(10);
