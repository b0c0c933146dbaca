-- The helpdesk application's database role: agents open tickets and reply through it. Roles
-- belong to the whole server and a setup may run while another database's setup does:
-- whichever run creates the role first wins, the others find it there. ride gives it this
-- run's password when the drill starts. Identity columns need no grant on their sequences.

DO $$
BEGIN
    CREATE ROLE helpdesk_app LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL; -- made a moment ago by another setup
END
$$;

GRANT SELECT ON customers TO helpdesk_app;
GRANT SELECT, INSERT ON tickets, ticket_comments, attachments TO helpdesk_app;
