-- Release 2024.12.5, Tuesday 10 December 2024, 14:02 UTC: the web app asks for marketing
-- consent and the preferred language. Its migration backfilled marketing_opt_in for existing
-- accounts and made it NOT NULL, but gave it no DEFAULT: any writer that does not name the
-- column now fails. The web app names it; the partner onboarding service (another team,
-- not redeployed) does not.

ALTER TABLE accounts ADD COLUMN marketing_opt_in boolean;
UPDATE accounts SET marketing_opt_in = false;
ALTER TABLE accounts ALTER COLUMN marketing_opt_in SET NOT NULL;
ALTER TABLE accounts ADD COLUMN locale text NOT NULL DEFAULT 'en';
ALTER TABLE accounts ADD COLUMN referral_code text;

INSERT INTO schema_migrations (version, description, applied_at, script) VALUES
('20241210_003', 'accounts: marketing consent, locale, referral code', '2024-12-10 14:02:26+00',
$$ALTER TABLE accounts ADD COLUMN marketing_opt_in boolean;
UPDATE accounts SET marketing_opt_in = false;
ALTER TABLE accounts ALTER COLUMN marketing_opt_in SET NOT NULL;
ALTER TABLE accounts ADD COLUMN locale text NOT NULL DEFAULT 'en';
ALTER TABLE accounts ADD COLUMN referral_code text;$$);

-- Web signups since the release: 160 accounts, one in four opted in to marketing.
INSERT INTO accounts (email, display_name, country, created_at, marketing_opt_in, locale, referral_code)
SELECT 'new' || g || '@example.org',
       (ARRAY['Alan', 'Edsger', 'Frances', 'Hedy', 'Radia'])[1 + g % 5] || ' '
           || (ARRAY['T.', 'D.', 'A.', 'L.'])[1 + g % 4],
       (ARRAY['DE', 'FR', 'NL', 'SE', 'PT', 'IE'])[1 + g % 6],
       timestamptz '2024-12-10 14:02:30+00' + g * interval '23 seconds',
       g % 4 = 0,
       (ARRAY['de', 'fr', 'nl', 'sv', 'pt', 'en'])[1 + g % 6],
       CASE WHEN g % 10 = 0 THEN 'FRIEND' || g END
FROM generate_series(1, 160) AS g;

VACUUM ANALYZE accounts;
