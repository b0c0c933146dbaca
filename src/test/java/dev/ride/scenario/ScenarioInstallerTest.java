package dev.ride.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ride.sandbox.Sandbox;
import dev.ride.sandbox.SandboxException;
import dev.ride.testing.TestSandboxes;

class ScenarioInstallerTest {

    /** pg_stat_statements shows every database's statements. */
    private static final String IN_THIS_DATABASE = " AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";

    @TempDir
    Path dir;

    @Test
    void installsTheThreeTenantsWithTheMigrationInTenantAOnly() throws SQLException {
        Sandbox sandbox = SeedScenario.fresh();

        assertThat(column(sandbox, "tenant_a")).isEqualTo("text");
        assertThat(column(sandbox, "tenant_b")).isNull();
        assertThat(column(sandbox, "tenant_c")).isNull();
        assertThat(query(sandbox, "tenant_a", "SELECT count(*) || '/' || count(release_id) FROM orders")).containsExactly("2400/59");
        assertThat(query(sandbox, "tenant_b", "SELECT count(*) FROM orders")).containsExactly("1500");
        assertThat(query(sandbox, "tenant_c", "SELECT count(*) FROM orders")).containsExactly("3600");
        assertThat(query(sandbox, "tenant_a", "SELECT version FROM schema_migrations ORDER BY 1"))
                .containsExactly("20240902_001", "20241015_002", "20241118_003");
        assertThat(query(sandbox, "tenant_b", "SELECT version FROM schema_migrations ORDER BY 1"))
                .containsExactly("20240902_001", "20241015_002");
    }

    @Test
    void makesALockedTemplateOfEachDatabaseNamingItsState() throws SQLException {
        Sandbox sandbox = SeedScenario.fresh();
        String state = ScenarioFingerprint.of(SeedScenario.load());

        assertThat(query(sandbox, "postgres", "SELECT datname || ' ' || datistemplate || ' ' || datallowconn || ' '"
                + " || shobj_description(oid, 'pg_database') FROM pg_database WHERE datname LIKE 'ride\\_template\\_%' ORDER BY 1"))
                .containsExactly(
                        "ride_template_tenant_a true false ride: pristine copy of tenant_a for :reset (state " + state + ")",
                        "ride_template_tenant_b true false ride: pristine copy of tenant_b for :reset (state " + state + ")",
                        "ride_template_tenant_c true false ride: pristine copy of tenant_c for :reset (state " + state + ")");
    }

    @Test
    void leavesNoSetupStatementsInPgStatStatements() throws SQLException {
        Sandbox sandbox = SeedScenario.fresh();

        for (String db : List.of("tenant_a", "tenant_b", "tenant_c")) {
            assertThat(query(sandbox, db, "SELECT count(*) FROM pg_stat_statements WHERE query ~* 'orders|schema_migrations'"
                    + IN_THIS_DATABASE))
                    .as(db).containsExactly("0");
        }
    }

    @Test
    void resetRestoresTheBrokenStateAndClearsTheEvidence() throws SQLException {
        Sandbox sandbox = SeedScenario.fresh();
        Scenario seed = SeedScenario.load();
        Connection learner = sandbox.connect("tenant_b");
        execute(sandbox, "tenant_a", "ALTER TABLE orders DROP COLUMN release_id");
        execute(sandbox, "tenant_b", "ALTER TABLE orders ADD COLUMN release_id integer");
        execute(sandbox, "tenant_c", "DELETE FROM order_items; DELETE FROM orders");

        ScenarioInstaller.reset(sandbox, seed);

        assertThat(learner.isValid(2)).as("reset ends the sessions in the scenario databases").isFalse();
        learner.close();
        assertThat(column(sandbox, "tenant_a")).isEqualTo("text");
        assertThat(column(sandbox, "tenant_b")).isNull();
        assertThat(query(sandbox, "tenant_c", "SELECT count(*) FROM orders")).containsExactly("3600");
        assertThat(query(sandbox, "tenant_b", "SELECT query FROM pg_stat_statements WHERE query ~* 'orders'" + IN_THIS_DATABASE)).isEmpty();
    }

    @Test
    void aFailingSetupNamesTheFileTheLineAndTheServersMessage() throws IOException {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = scenario("ride_it_bad", """
                -- line 1
                CREATE TABLE t (id int);

                INSERT INTO t
                SELECT g
                FROM generate_series(1, 3) AS g
                WHERE missing_column > 0;
                """);
        Scenario bad = ScenarioLoader.load(folder, "stage-00/bad");
        ScenarioInstaller.uninstall(sandbox, bad);
        try {
            assertThatThrownBy(() -> ScenarioInstaller.install(sandbox, bad))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessage(folder.resolve("setup/schema.sql") + ":7: ERROR:  column \"missing_column\" does not exist"
                            + " (in database ride_it_bad)");
        } finally {
            ScenarioInstaller.uninstall(sandbox, bad);
        }
    }

    @Test
    void anErrorWithoutACursorNamesTheStatementsFirstLine() throws IOException {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = scenario("ride_it_bad2", """
                CREATE TABLE t (id int PRIMARY KEY);
                INSERT INTO t VALUES (1);
                /* a comment */
                INSERT INTO t
                VALUES (1);
                VACUUM t;
                """);
        Scenario bad = ScenarioLoader.load(folder, "stage-00/bad2");
        ScenarioInstaller.uninstall(sandbox, bad);
        try {
            assertThatThrownBy(() -> ScenarioInstaller.install(sandbox, bad))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessageStartingWith(folder.resolve("setup/schema.sql") + ":4: ERROR:  duplicate key value");
        } finally {
            ScenarioInstaller.uninstall(sandbox, bad);
        }
    }

    @Test
    void runsStatementsThatRefuseATransactionBlock() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = scenario("ride_it_vacuum", """
                CREATE TABLE t (id int);
                INSERT INTO t SELECT generate_series(1, 10);
                VACUUM ANALYZE t;
                CREATE INDEX CONCURRENTLY t_id ON t (id);
                DO $$ BEGIN PERFORM 1; END $$;
                """);
        Scenario ok = ScenarioLoader.load(folder, "stage-00/vacuum");
        ScenarioInstaller.uninstall(sandbox, ok);
        try {
            ScenarioInstaller.install(sandbox, ok);
            assertThat(query(sandbox, "ride_it_vacuum", "SELECT count(*) FROM t")).containsExactly("10");
        } finally {
            ScenarioInstaller.uninstall(sandbox, ok);
        }
        assertThat(query(sandbox, "postgres", "SELECT count(*) FROM pg_database WHERE datname LIKE '%ride_it_vacuum'"))
                .as("uninstall removes databases and templates").containsExactly("0");
    }

    @Test
    void theDatabasesOwnSettingsSurviveTheTemplateAndEveryReset() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario scenario = TinyScenario.load(scenario("ride_it_settings", """
                CREATE SCHEMA scratch;
                DO $$ BEGIN CREATE ROLE ride_it_settings_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                ALTER DATABASE ride_it_settings SET search_path = scratch, public;
                ALTER DATABASE ride_it_settings SET statement_timeout = '5min';
                ALTER ROLE ride_it_settings_app IN DATABASE ride_it_settings SET work_mem = '8MB';
                """));
        ScenarioInstaller.uninstall(sandbox, scenario);
        try {
            ScenarioInstaller.install(sandbox, scenario);
            List<String> expected = List.of("- search_path=scratch, public", "- statement_timeout=5min",
                    "ride_it_settings_app work_mem=8MB");
            assertThat(settings(sandbox, "ride_it_settings")).containsExactlyElementsOf(expected);
            assertThat(settings(sandbox, ResetTemplate.nameFor("ride_it_settings"))).containsExactlyElementsOf(expected);

            // the learner changes the database's path and adds a setting; :reset puts the start back
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_settings SET search_path = public");
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_settings SET lock_timeout = '3s'");
            ScenarioInstaller.reset(sandbox, scenario);
            assertThat(settings(sandbox, "ride_it_settings")).containsExactlyElementsOf(expected);
            // a list setting is still two schemas, as the setup's SET made it
            try (Connection c = sandbox.connect("ride_it_settings"); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT array_to_string(current_schemas(false), ',')")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("scratch,public");
                }
            }
        } finally {
            ScenarioInstaller.uninstall(sandbox, scenario);
            execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_settings_app");
        }
    }

    /**
     * What the setup leaves last is what the drill starts from: a logical slot it makes as its last
     * step (stage-04/09's live CDC consumer) is still current after the install, so a learner who
     * drops another slot and runs CHECKPOINT at once gets the space back. The :reset template was
     * a WAL_LOG copy before: every block of the database (its catalogs alone several MB) went into
     * the WAL after the slot was made, and the slot held all of it until its consumer's first poll.
     */
    @Test
    void aSlotTheSetupMakesLastIsCurrentAfterTheInstall() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario scenario = TinyScenario.load(scenario("ride_it_slot", """
                CREATE TABLE orders AS SELECT g AS id, repeat('x', 200) AS note FROM generate_series(1, 20000) AS g;
                SELECT pg_create_logical_replication_slot('ride_it_consumer', 'test_decoding');
                """));
        ScenarioInstaller.uninstall(sandbox, scenario);
        try {
            ScenarioInstaller.install(sandbox, scenario);
            assertThat(query(sandbox, "postgres", "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) < 1024 * 1024"
                    + " FROM pg_replication_slots WHERE slot_name = 'ride_it_consumer'"))
                    .as("the slot holds less than 1 MB of WAL written after it").containsExactly("t");
        } finally {
            execute(sandbox, "postgres", "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                    + " WHERE slot_name = 'ride_it_consumer'");
            ScenarioInstaller.uninstall(sandbox, scenario);
        }
    }

    /**
     * A database that turns its application away (a connection limit, no CONNECT for PUBLIC, one
     * role's grant) starts that way after every :reset too, though a copy from a template carries
     * none of it; a second database the setup left as created stays as created.
     */
    @Test
    void theDatabasesLimitAndPrivilegesSurviveEveryReset() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = TinyScenario.write(dir, "ride_it_attrs", """
                DO $$ BEGIN CREATE ROLE ride_it_attrs_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                ALTER DATABASE ride_it_attrs CONNECTION LIMIT 3;
                REVOKE CONNECT, TEMPORARY ON DATABASE ride_it_attrs FROM PUBLIC;
                GRANT CONNECT ON DATABASE ride_it_attrs TO ride_it_attrs_app WITH GRANT OPTION;
                """);
        Scenario scenario = TinyScenario.load(folder);
        ScenarioInstaller.uninstall(sandbox, scenario);
        try {
            ScenarioInstaller.install(sandbox, scenario);
            List<String> start = attributes(sandbox, "ride_it_attrs");
            assertThat(start.get(0)).startsWith("limit=3 allow=true acl=").contains("ride_it_attrs_app=c*/")
                    .doesNotContain(",=");

            // the learner lifts the limit, opens the database to everyone, takes the app's grant away
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_attrs CONNECTION LIMIT -1");
            execute(sandbox, "postgres", "GRANT CONNECT ON DATABASE ride_it_attrs TO PUBLIC");
            execute(sandbox, "postgres", "REVOKE CONNECT ON DATABASE ride_it_attrs FROM ride_it_attrs_app");
            assertThat(attributes(sandbox, "ride_it_attrs")).isNotEqualTo(start);

            ScenarioInstaller.reset(sandbox, scenario);
            assertThat(attributes(sandbox, "ride_it_attrs")).isEqualTo(start);

            // closed to connections altogether, then reset: closed again
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_attrs ALLOW_CONNECTIONS false");
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_attrs CONNECTION LIMIT -1");
            ScenarioInstaller.reset(sandbox, scenario);
            assertThat(attributes(sandbox, "ride_it_attrs")).isEqualTo(start);
        } finally {
            ScenarioInstaller.uninstall(sandbox, scenario);
            execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_attrs_app");
        }
    }

    /**
     * A database cannot close itself (ALLOW_CONNECTIONS false is refused for the current database),
     * so a setup closes it from another one; what :reset replays for it is read here directly.
     */
    @Test
    void aDatabaseClosedToConnectionsIsClosedAgainByTheRestoringStatements() throws SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        execute(sandbox, "postgres", "DROP DATABASE IF EXISTS ride_it_closed");
        execute(sandbox, "postgres", "CREATE DATABASE ride_it_closed");
        try {
            execute(sandbox, "postgres", "ALTER DATABASE ride_it_closed ALLOW_CONNECTIONS false CONNECTION LIMIT 0");
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                assertThat(DatabaseAttributes.restoring(s, "ride_it_closed")).containsExactly(
                        "ALTER DATABASE \"ride_it_closed\" CONNECTION LIMIT 0",
                        "ALTER DATABASE \"ride_it_closed\" ALLOW_CONNECTIONS false");
            }
            // a database as created needs nothing
            try (Connection c = sandbox.connect("postgres"); Statement s = c.createStatement()) {
                assertThat(DatabaseAttributes.restoring(s, "postgres")).isEmpty();
            }
        } finally {
            execute(sandbox, "postgres", "DROP DATABASE IF EXISTS ride_it_closed");
        }
    }

    /**
     * A database the scenario creates with an encoding and locale of its own has them from the
     * install on, and again after every :reset (which copies it from its template); the others
     * keep the server's.
     */
    @Test
    void aDatabaseCreatedWithItsOwnEncodingKeepsItThroughEveryReset() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = TinyScenario.write(dir, "ride_it_latin", List.of("ride_it_latin", "ride_it_utf"),
                "CREATE TABLE names (name text);\nINSERT INTO names VALUES ('J\u00f6rg Wei\u00df');\n");
        Path manifest = folder.resolve("scenario.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("  all: [setup/schema.sql]\n",
                "  all: [setup/schema.sql]\n  create:\n    ride_it_latin: {encoding: LATIN1, locale: C}\n"));
        Scenario scenario = TinyScenario.load(folder);
        ScenarioInstaller.uninstall(sandbox, scenario);
        try {
            ScenarioInstaller.install(sandbox, scenario);
            String server = query(sandbox, "postgres", "SELECT pg_encoding_to_char(encoding) || ' ' || datcollate"
                    + " FROM pg_database WHERE datname = 'template1'").get(0);
            assertThat(encodings(sandbox)).containsExactly("ride_it_latin LATIN1 C C", "ride_it_utf " + server);
            assertThat(query(sandbox, "ride_it_latin", "SELECT name FROM names")).containsExactly("J\u00f6rg Wei\u00df");

            ScenarioInstaller.reset(sandbox, scenario);
            assertThat(encodings(sandbox)).containsExactly("ride_it_latin LATIN1 C C", "ride_it_utf " + server);
            assertThat(query(sandbox, "ride_it_latin", "SELECT name FROM names")).containsExactly("J\u00f6rg Wei\u00df");
        } finally {
            ScenarioInstaller.uninstall(sandbox, scenario);
        }
    }

    private static List<String> encodings(Sandbox sandbox) throws SQLException {
        return query(sandbox, "postgres", "SELECT datname || ' ' || pg_encoding_to_char(encoding) || ' ' || datcollate"
                + " || CASE WHEN datname = 'ride_it_latin' THEN ' ' || datctype ELSE '' END"
                + " FROM pg_database WHERE datname IN ('ride_it_latin', 'ride_it_utf') ORDER BY datname");
    }

    /** Connection limit, ALLOW_CONNECTIONS and privileges of {@code db}, as one line. */
    private static List<String> attributes(Sandbox sandbox, String db) throws SQLException {
        return query(sandbox, "postgres", "SELECT 'limit=' || datconnlimit || ' allow=' || datallowconn"
                + " || ' acl=' || coalesce(array_to_string(datacl, ','), '-')"
                + " FROM pg_database WHERE datname = '" + db + "'");
    }

    /**
     * Roles belong to the server, not to a database: what a learner changes on a role the setup
     * made (attributes, password, expiry, its settings, its memberships), or dropping it, is put
     * back by :reset; a role the setup did not make is left alone.
     */
    @Test
    void resetPutsTheSetupsRolesBackAsTheSetupLeftThem() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_app");
        execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_spare");
        execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_bystander");
        execute(sandbox, "postgres", "CREATE ROLE ride_it_roles_bystander NOLOGIN");
        Scenario scenario = TinyScenario.load(scenario("ride_it_roles", """
                CREATE ROLE ride_it_roles_app LOGIN SUPERUSER PASSWORD 'app-secret' VALID UNTIL '2031-01-01 00:00:00+00';
                CREATE ROLE ride_it_roles_spare NOLOGIN;
                ALTER ROLE ride_it_roles_app SET lock_timeout = '0';
                ALTER ROLE ride_it_roles_app SET search_path = scratch, public;
                GRANT pg_read_all_data TO ride_it_roles_app;
                """));
        ScenarioInstaller.uninstall(sandbox, scenario);
        try {
            ScenarioInstaller.install(sandbox, scenario);
            List<String> start = roleState(sandbox);

            // the learner's fixes, a wrong move, and a drop
            execute(sandbox, "postgres", "ALTER ROLE ride_it_roles_app NOSUPERUSER PASSWORD 'changed' VALID UNTIL 'infinity'");
            execute(sandbox, "postgres", "ALTER ROLE ride_it_roles_app SET lock_timeout = '2s'");
            execute(sandbox, "postgres", "ALTER ROLE ride_it_roles_app RESET search_path");
            execute(sandbox, "postgres", "REVOKE pg_read_all_data FROM ride_it_roles_app");
            execute(sandbox, "postgres", "GRANT pg_write_all_data TO ride_it_roles_app");
            execute(sandbox, "postgres", "DROP ROLE ride_it_roles_spare");
            execute(sandbox, "postgres", "ALTER ROLE ride_it_roles_bystander LOGIN");
            assertThat(roleState(sandbox)).isNotEqualTo(start);

            ScenarioInstaller.reset(sandbox, scenario);
            List<String> after = roleState(sandbox);
            assertThat(after.subList(0, after.size() - 1)).isEqualTo(start.subList(0, start.size() - 1));
            assertThat(after.get(after.size() - 1)).as("the bystander, not the setup's").contains("login=t");
        } finally {
            ScenarioInstaller.uninstall(sandbox, scenario);
            execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_app");
            execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_spare");
            execute(sandbox, "postgres", "DROP ROLE IF EXISTS ride_it_roles_bystander");
        }
    }

    /**
     * Each ride_it_roles_* role as one line: attributes, password hash, expiry (never and infinity
     * alike: a reset gives a role without one VALID UNTIL 'infinity'), settings, memberships.
     */
    private static List<String> roleState(Sandbox sandbox) throws SQLException {
        return query(sandbox, "postgres", "SELECT a.rolname || ' super=' || a.rolsuper || ' login=' || a.rolcanlogin"
                + " || ' pw=' || coalesce(a.rolpassword, '-') || ' until=' || coalesce(nullif(a.rolvaliduntil, 'infinity')::text, '-')"
                + " || ' set=' || coalesce((SELECT array_to_string(setconfig, ';') FROM pg_db_role_setting"
                + "   WHERE setdatabase = 0 AND setrole = a.oid), '-')"
                + " || ' in=' || coalesce((SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m"
                + "   JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = a.oid), '-')"
                + " FROM pg_authid a WHERE a.rolname LIKE 'ride\\_it\\_roles\\_%'"
                + " ORDER BY a.rolname = 'ride_it_roles_bystander', a.rolname");
    }

    /** The settings of {@code db} as "role name=value", "-" for the database's own. */
    /**
     * The server's settings belong to no database: a learner's ALTER SYSTEM would outlive the
     * databases' recreation, and the drill would start over fixed. :reset writes back what the
     * setup left and reloads. On a server of its own: the shared one's settings are every test's.
     */
    @Test
    void theServersSettingsAsTheSetupLeftThemComeBackAtEveryReset() throws IOException, SQLException {
        try (Sandbox sandbox = new dev.ride.sandbox.embedded.EmbeddedEngine().start("tests-server-settings")) {
            Scenario scenario = TinyScenario.load(scenario("ride_it_sys", """
                    CREATE TABLE t (id int);
                    ALTER SYSTEM SET log_min_duration_statement = '250ms';
                    ALTER SYSTEM SET archive_command = 'cp %p /nowhere/%f';
                    """));
            ScenarioInstaller.install(sandbox, scenario);

            // the learner fixes the archive, changes a setting of the setup's and adds one
            execute(sandbox, "postgres", "ALTER SYSTEM SET archive_command = 'cp %p wal_archive/%f'");
            execute(sandbox, "postgres", "ALTER SYSTEM SET log_min_duration_statement = '5s'");
            execute(sandbox, "postgres", "ALTER SYSTEM SET work_mem = '1GB'");
            execute(sandbox, "postgres", "SELECT pg_reload_conf()");
            ScenarioInstaller.reset(sandbox, scenario);

            assertThat(query(sandbox, "postgres", "SELECT name || '=' || setting FROM pg_file_settings"
                    + " WHERE sourcefile LIKE '%postgresql.auto.conf' ORDER BY name"))
                    .containsExactly("archive_command=cp %p /nowhere/%f", "log_min_duration_statement=250ms");
            // and in effect: the reload has been read (a moment after pg_reload_conf returns)
            for (int i = 0; i < 100 && !query(sandbox, "postgres", "SHOW work_mem").equals(List.of("4MB")); i++) {
                execute(sandbox, "postgres", "SELECT pg_sleep(0.05)");
            }
            assertThat(query(sandbox, "postgres", "SHOW work_mem")).containsExactly("4MB");
            assertThat(query(sandbox, "postgres", "SHOW log_min_duration_statement")).containsExactly("250ms");
        }
    }

    private static List<String> settings(Sandbox sandbox, String db) throws SQLException {
        return query(sandbox, "postgres", "SELECT coalesce(pg_get_userbyid(nullif(d.setrole, 0))::text, '-') || ' ' || c"
                + " FROM pg_db_role_setting AS d, unnest(d.setconfig) AS c"
                + " WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = '" + db + "') ORDER BY 1");
    }

    @Test
    void aSetupWithSqlStandardFunctionBodiesInstallsAndTheFunctionsWork() throws IOException, SQLException {
        Sandbox sandbox = TestSandboxes.shared();
        // each body holds semicolons (and a CASE ... END) that do not end the CREATE statement
        Path folder = scenario("ride_it_atomic", """
                CREATE TABLE t (id int);
                CREATE FUNCTION add_ints(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END;
                CREATE FUNCTION sign_of(x int) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN x > 0 THEN 'positive' WHEN x < 0 THEN 'negative' ELSE 'zero' END;
                END;
                CREATE PROCEDURE fill(n int) LANGUAGE sql
                BEGIN ATOMIC
                  INSERT INTO t SELECT generate_series(1, n);
                  INSERT INTO t VALUES (add_ints(n, n));
                END;
                CALL fill(3);
                """);
        Scenario atomic = ScenarioLoader.load(folder, "stage-00/atomic");
        ScenarioInstaller.uninstall(sandbox, atomic);
        try {
            ScenarioInstaller.install(sandbox, atomic);
            assertThat(query(sandbox, "ride_it_atomic", "SELECT add_ints(2, 3)")).containsExactly("5");
            assertThat(query(sandbox, "ride_it_atomic", "SELECT sign_of(-4) || ' ' || sign_of(0)"))
                    .containsExactly("negative zero");
            assertThat(query(sandbox, "ride_it_atomic", "SELECT string_agg(id::text, ',' ORDER BY id) FROM t"))
                    .containsExactly("1,2,3,6");
        } finally {
            ScenarioInstaller.uninstall(sandbox, atomic);
        }
    }

    @Test
    void aMetaCommandInASetupFileNamesItsLine() throws IOException {
        Path folder = scenario("ride_it_meta", "CREATE TABLE t (id int);\n\\set x 1\n");
        Scenario meta = ScenarioLoader.load(folder, "stage-00/meta");
        Sandbox sandbox = TestSandboxes.shared();
        ScenarioInstaller.uninstall(sandbox, meta);
        try {
            assertThatThrownBy(() -> ScenarioInstaller.install(sandbox, meta))
                    .isInstanceOf(ScenarioException.class)
                    .hasMessage(folder.resolve("setup/schema.sql") + ":2: psql meta-command \\set in an SQL file: write SQL only");
        } finally {
            ScenarioInstaller.uninstall(sandbox, meta);
        }
    }

    /** A setup whose result differs each time it runs: the same value again means it did not run. */
    private static final String RANDOM_SETUP = "CREATE TABLE made AS SELECT random()::text AS r;\n";

    @Test
    void aSecondInstallOnTheSameServerRecreatesTheDatabasesFromTheTemplatesWithoutSetup() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario rerun = TinyScenario.load(scenario("ride_it_rerun", RANDOM_SETUP));
        ScenarioInstaller.uninstall(sandbox, rerun);
        try {
            ScenarioInstaller.install(sandbox, rerun);
            String made = query(sandbox, "ride_it_rerun", "SELECT r FROM made").get(0);
            execute(sandbox, "ride_it_rerun", "INSERT INTO made VALUES ('the learner was here')");

            ScenarioInstaller.install(sandbox, rerun);

            assertThat(query(sandbox, "ride_it_rerun", "SELECT count(*) FROM pg_stat_statements WHERE query ~* 'made'"
                    + IN_THIS_DATABASE)).as("the last drill's statements are not evidence").containsExactly("0");
            assertThat(query(sandbox, "ride_it_rerun", "SELECT r FROM made"))
                    .as("the broken state again, copied: the setup did not run").containsExactly(made);
        } finally {
            ScenarioInstaller.uninstall(sandbox, rerun);
        }
    }

    @Test
    void aChangedScenarioReplacesTheTemplatesOfTheOldOne() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        Path folder = scenario("ride_it_changed", RANDOM_SETUP);
        Scenario before = TinyScenario.load(folder);
        ScenarioInstaller.uninstall(sandbox, before);
        try {
            ScenarioInstaller.install(sandbox, before);
            String made = query(sandbox, "ride_it_changed", "SELECT r FROM made").get(0);
            Files.writeString(folder.resolve("setup/schema.sql"), RANDOM_SETUP + "CREATE TABLE added (id int);\n");
            Scenario after = TinyScenario.load(folder);

            ScenarioInstaller.install(sandbox, after);

            assertThat(query(sandbox, "ride_it_changed", "SELECT r FROM made")).as("set up again").doesNotContain(made);
            assertThat(query(sandbox, "ride_it_changed", "SELECT to_regclass('added') IS NOT NULL")).containsExactly("t");
            assertThat(templateComments(sandbox, "ride_it_changed"))
                    .containsExactly(ResetTemplate.comment("ride_it_changed", ScenarioFingerprint.of(after)));
        } finally {
            ScenarioInstaller.uninstall(sandbox, before);
        }
    }

    @Test
    void anInstallMissingSomeTemplatesIsDoneAgainFromScratch() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario half = TinyScenario.load(TinyScenario.write(dir, "ride_it_half",
                List.of("ride_it_half_a", "ride_it_half_b"), RANDOM_SETUP));
        ScenarioInstaller.uninstall(sandbox, half);
        try {
            ScenarioInstaller.install(sandbox, half);
            String made = query(sandbox, "ride_it_half_a", "SELECT r FROM made").get(0);
            // as if the last install had stopped before tenant b
            execute(sandbox, "postgres", "DROP DATABASE ride_it_half_b");
            execute(sandbox, "postgres", "ALTER DATABASE ride_template_ride_it_half_b WITH IS_TEMPLATE false");
            execute(sandbox, "postgres", "DROP DATABASE ride_template_ride_it_half_b");

            ScenarioInstaller.install(sandbox, half);

            assertThat(query(sandbox, "ride_it_half_a", "SELECT r FROM made")).as("set up again").doesNotContain(made);
            assertThat(query(sandbox, "ride_it_half_b", "SELECT count(*) FROM made")).containsExactly("1");
            String state = ScenarioFingerprint.of(half);
            assertThat(templateComments(sandbox, "ride_it_half_a", "ride_it_half_b")).containsExactly(
                    ResetTemplate.comment("ride_it_half_a", state),
                    ResetTemplate.comment("ride_it_half_b", state));
        } finally {
            ScenarioInstaller.uninstall(sandbox, half);
        }
    }

    @Test
    void aDatabaseRideDidNotMakeIsRefusedAndLeftAlone() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario theirs = TinyScenario.load(scenario("ride_it_foreign", RANDOM_SETUP));
        ScenarioInstaller.uninstall(sandbox, theirs);
        execute(sandbox, "postgres", "CREATE DATABASE ride_it_foreign");
        try {
            execute(sandbox, "ride_it_foreign", "CREATE TABLE precious AS SELECT 42 AS answer");

            assertThatThrownBy(() -> ScenarioInstaller.install(sandbox, theirs))
                    .isInstanceOf(SandboxException.class)
                    .hasMessage("database ride_it_foreign already exists on " + sandbox.host() + ":" + sandbox.port()
                            + " and ride did not make it: drop it, or use another server.");
            assertThat(query(sandbox, "ride_it_foreign", "SELECT answer FROM precious")).containsExactly("42");
            assertThat(templateComments(sandbox, "ride_it_foreign")).isEmpty();
        } finally {
            ScenarioInstaller.uninstall(sandbox, theirs);
        }
    }

    @Test
    void aDatabaseMerelyNamedLikeATemplateIsNotRides() throws Exception {
        Sandbox sandbox = TestSandboxes.shared();
        Scenario scenario = TinyScenario.load(scenario("ride_it_lookalike", RANDOM_SETUP));
        ScenarioInstaller.uninstall(sandbox, scenario);
        execute(sandbox, "postgres", "CREATE DATABASE ride_template_ride_it_lookalike");
        try {
            assertThatThrownBy(() -> ScenarioInstaller.install(sandbox, scenario))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageStartingWith("database ride_template_ride_it_lookalike already exists on ");
            assertThat(query(sandbox, "postgres", "SELECT count(*) FROM pg_database WHERE datname = 'ride_it_lookalike'"))
                    .as("nothing installed").containsExactly("0");
        } finally {
            ScenarioInstaller.uninstall(sandbox, scenario);
        }
    }

    /** The comments on the templates of {@code databases}, in that order (those that exist). */
    private static List<String> templateComments(Sandbox sandbox, String... databases) throws SQLException {
        List<String> comments = new ArrayList<>();
        for (String db : databases) {
            comments.addAll(query(sandbox, "postgres", "SELECT shobj_description(oid, 'pg_database') FROM pg_database"
                    + " WHERE datname = '" + ResetTemplate.nameFor(db) + "'"));
        }
        return comments;
    }

    /** A one-database scenario whose whole setup is {@code sql}. */
    private Path scenario(String database, String sql) throws IOException {
        return TinyScenario.write(dir, database, sql);
    }

    private static String column(Sandbox sandbox, String db) throws SQLException {
        List<String> type = query(sandbox, db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'orders'::regclass AND attname = 'release_id' AND NOT attisdropped");
        return type.isEmpty() ? null : type.get(0);
    }

    static List<String> query(Sandbox sandbox, String db, String sql) throws SQLException {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    private static void execute(Sandbox sandbox, String db, String sql) throws SQLException {
        try (Connection c = sandbox.connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
