-- The two writers of accounts: the partner onboarding service (another team, not redeployed: it
-- does not know marketing_opt_in exists) and the web app (release 2024.12.5: it always sends it).
-- Roles belong to the whole server and a setup may run while another database's setup does:
-- whichever run creates a role first wins, the others find it there. ride gives each role this
-- run's password when the drill starts. Both read accounts back (RETURNING, duplicate checks).

DO $$
BEGIN
    CREATE ROLE partner_onboarding LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- made a moment ago by another setup
END
$$;

DO $$
BEGIN
    CREATE ROLE web_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON partners TO partner_onboarding, web_app;
GRANT SELECT, INSERT ON accounts TO partner_onboarding, web_app;
