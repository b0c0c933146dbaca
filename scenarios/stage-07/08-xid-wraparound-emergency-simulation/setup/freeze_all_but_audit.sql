-- Everything in this database but audit_events (and its TOAST table) is frozen now, as years
-- of autovacuum runs would have left it: the catalogs (shared ones included, which this
-- database's pg_class counts too), accounts and journal_lines. So tenant_baltic's age, the oldest of its
-- tables, is audit_events' alone. (A database-wide VACUUM would freeze audit_events too.)
VACUUM (FREEZE) accounts, journal_lines,
    pg_catalog.pg_default_acl, pg_catalog.pg_tablespace, pg_catalog.pg_shdepend, pg_catalog.pg_type,
    pg_catalog.pg_attribute, pg_catalog.pg_proc, pg_catalog.pg_class, pg_catalog.pg_authid,
    pg_catalog.pg_auth_members, pg_catalog.pg_database, pg_catalog.pg_foreign_server,
    pg_catalog.pg_user_mapping, pg_catalog.pg_sequence, pg_catalog.pg_foreign_data_wrapper,
    pg_catalog.pg_shdescription, pg_catalog.pg_aggregate, pg_catalog.pg_am, pg_catalog.pg_amop,
    pg_catalog.pg_amproc, pg_catalog.pg_attrdef, pg_catalog.pg_cast, pg_catalog.pg_constraint,
    pg_catalog.pg_conversion, pg_catalog.pg_depend, pg_catalog.pg_description, pg_catalog.pg_index,
    pg_catalog.pg_inherits, pg_catalog.pg_language, pg_catalog.pg_largeobject,
    pg_catalog.pg_namespace, pg_catalog.pg_opclass, pg_catalog.pg_operator, pg_catalog.pg_rewrite,
    pg_catalog.pg_statistic, pg_catalog.pg_trigger, pg_catalog.pg_opfamily,
    pg_catalog.pg_db_role_setting, pg_catalog.pg_largeobject_metadata, pg_catalog.pg_extension,
    pg_catalog.pg_foreign_table, pg_catalog.pg_policy, pg_catalog.pg_partitioned_table,
    pg_catalog.pg_statistic_ext, pg_catalog.pg_init_privs, pg_catalog.pg_statistic_ext_data,
    pg_catalog.pg_collation, pg_catalog.pg_event_trigger, pg_catalog.pg_enum, pg_catalog.pg_range,
    pg_catalog.pg_transform, pg_catalog.pg_shseclabel, pg_catalog.pg_seclabel,
    pg_catalog.pg_ts_dict, pg_catalog.pg_ts_parser, pg_catalog.pg_ts_config,
    pg_catalog.pg_ts_config_map, pg_catalog.pg_ts_template, pg_catalog.pg_replication_origin,
    pg_catalog.pg_subscription, pg_catalog.pg_subscription_rel, pg_catalog.pg_publication,
    pg_catalog.pg_publication_rel, pg_catalog.pg_publication_namespace,
    pg_catalog.pg_parameter_acl, information_schema.sql_features,
    information_schema.sql_implementation_info, information_schema.sql_parts,
    information_schema.sql_sizing;

-- Setup check: nothing else in this database is as old as audit_events (a catalog added in a
-- minor release would show here, and the scenario would be wrong about which table is oldest).
DO $$
DECLARE
    left_old text;
BEGIN
    SELECT string_agg(c.oid::regclass::text, ', ') INTO left_old
    FROM pg_class AS c
    WHERE c.relkind IN ('r', 'm', 't')
      AND age(c.relfrozenxid) > 100000
      AND c.oid NOT IN ('public.audit_events'::regclass,
                        (SELECT reltoastrelid FROM pg_class WHERE oid = 'public.audit_events'::regclass));
    IF left_old IS NOT NULL THEN
        RAISE EXCEPTION 'left unfrozen in tenant_baltic: %', left_old;
    END IF;
END
$$;

-- Setup check: autovacuum meets journal_lines before audit_events (it takes a database's tables
-- in pg_class order, a sequential scan), so its one worker is busy there when it would reach
-- audit_events.
DO $$
BEGIN
    IF (SELECT ctid FROM pg_class WHERE oid = 'public.journal_lines'::regclass)
       > (SELECT ctid FROM pg_class WHERE oid = 'public.audit_events'::regclass) THEN
        RAISE EXCEPTION 'journal_lines comes after audit_events in pg_class: autovacuum would reach audit_events first';
    END IF;
END
$$;
