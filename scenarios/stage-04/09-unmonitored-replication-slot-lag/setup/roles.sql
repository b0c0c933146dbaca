-- The applications' roles; ride gives them this run's password when the drill starts.
-- billing_export and search_indexer read changes through logical replication slots, which
-- needs the REPLICATION attribute.
DO $$
BEGIN
    CREATE ROLE checkout LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE reports LOGIN;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
    CREATE ROLE billing_export LOGIN REPLICATION;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

-- the old search indexer's role: nothing logs in as it any more, nobody removed it
DO $$
BEGIN
    CREATE ROLE search_indexer LOGIN REPLICATION;
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

GRANT SELECT ON customers TO checkout;
GRANT SELECT, INSERT ON orders TO checkout;
GRANT SELECT ON customers, orders TO reports, billing_export, search_indexer;
