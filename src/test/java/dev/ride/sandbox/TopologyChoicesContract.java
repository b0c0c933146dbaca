package dev.ride.sandbox;

import static dev.ride.testing.EndpointSql.awaitRow;
import static dev.ride.testing.EndpointSql.execute;
import static dev.ride.testing.EndpointSql.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * What every engine's topology does with {@code repoint-pooler} and {@code choose}, asserted once
 * for both: the embedded engine's test and the docker engine's IT extend it and say only how a
 * topology starts. Real servers, real PgBouncer, real logins.
 */
public abstract class TopologyChoicesContract {

    /** The app database's pool mode in pgbouncer.ini: transaction, as the pooler starts, or session. */
    protected static final ConfigChoice POOL_MODE = new ConfigChoice("app-pool-mode", "the app database's pool mode",
            "pooler", "app", options(Map.of("pool_mode", "transaction"), Map.of("pool_mode", "session")));

    /** A rule before the primary's own that turns the role checkout away, or none. */
    protected static final ConfigChoice CHECKOUT_ACCESS = ConfigChoice.ofHba("checkout-access",
            "whether the primary's pg_hba.conf lets checkout in", "primary",
            hbaOptions(List.of(), List.of("host all checkout all reject")));

    private static final Topology FAILOVER = new Topology("primary",
            List.of(new Topology.Standby("standby", true, false, false, Duration.ZERO, false)),
            Optional.of(new Topology.Pooler("pooler", Topology.PoolMode.TRANSACTION, 3, 0, 0, 20, 0,
                    Topology.PoolerAuth.SCRAM_SHA_256)),
            List.of(POOL_MODE));

    /** One server with a choice of its pg_hba.conf: a topology of one server, as such a scenario runs. */
    private static final Topology ONE_SERVER_WITH_HBA_CHOICE = new Topology("primary", List.of(), Optional.empty(),
            List.of(CHECKOUT_ACCESS));

    private static final String CHECKOUT_PASSWORD = "checkout-secret-" + Long.toHexString(System.nanoTime());

    /** Starts {@code topology} from {@link dev.ride.testing.AppState#APP} on the engine under test. */
    protected abstract TopologySandbox start(Topology topology);

    @Test
    void aChoiceOfThePoolerTakesEffectAtTheReloadAndFollowsARepointToThePromotedStandby() throws Exception {
        try (TopologySandbox t = start(FAILOVER)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            Endpoint standby = t.endpoint("standby").orElseThrow();
            Endpoint pooler = t.pooler().orElseThrow();

            assertThat(t.choose(POOL_MODE, "session"))
                    .isEqualTo("pooler's pgbouncer.ini now gives app pool_mode=session; it takes effect at :action reload-config pooler.");
            assertThat(poolModeOf(pooler, "app")).as("an edited file is read at the reload").isNotEqualTo("session");
            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "pooler")).isEqualTo("pooler re-read its configuration.");
            assertThat(poolModeOf(pooler, "app")).isEqualTo("session");
            assertThatThrownBy(() -> t.choose(POOL_MODE, "statement"))
                    .isInstanceOf(SandboxException.class).hasMessageContaining("its options: transaction, session");

            execute(primary, "app", "insert into orders values (2, 'before the failover')");
            awaitRow(standby, 2);
            t.act(OperatorAction.STOP_SERVER, "primary");
            assertThat(t.act(OperatorAction.PROMOTE, "standby")).startsWith("standby was promoted");
            assertThat(t.act(OperatorAction.REPOINT_POOLER, "standby"))
                    .isEqualTo("pooler now sends every database to standby (new server connections go there).");

            // the application's endpoint writes again, on the new primary, with the choice still made
            execute(pooler, "app", "insert into orders values (3, 'through the repointed pooler')");
            assertThat(query(standby, "app", "select note from orders where id = 3")).isEqualTo("through the repointed pooler");
            assertThat(query(pooler, "app", "select pg_is_in_recovery()::text")).isEqualTo("false");
            assertThat(poolModeOf(pooler, "app")).isEqualTo("session");
            assertThatThrownBy(() -> t.act(OperatorAction.REPOINT_POOLER, "replica"))
                    .isInstanceOf(SandboxException.class).hasMessageStartingWith("No server named 'replica'");

            t.resetTopology();
            Endpoint pooledAgain = t.pooler().orElseThrow();
            assertThat(query(pooledAgain, "app", "select pg_is_in_recovery()::text")).as("back on the primary").isEqualTo("false");
            assertThat(query(pooledAgain, "app", "select count(*)::text from orders")).as("the prepared state").isEqualTo("1");
            assertThat(poolModeOf(pooledAgain, "app")).as("the choice back at its start").isNotEqualTo("session");
            execute(pooledAgain, "app", "insert into orders values (2, 'after the reset')");
            assertThat(query(primary, "app", "select count(*)::text from orders")).as("written on the primary").isEqualTo("2");
        }
    }

    @Test
    void aChoiceOfPgHbaRejectsALoginOnlyAfterTheReloadAndOpensItAgain() throws Exception {
        try (TopologySandbox t = start(ONE_SERVER_WITH_HBA_CHOICE)) {
            Endpoint primary = t.endpoint("primary").orElseThrow();
            execute(primary, "app", "create role checkout login password '" + CHECKOUT_PASSWORD + "'");
            assertThat(loginAsCheckout(primary)).isEqualTo("checkout");

            assertThat(t.choose(CHECKOUT_ACCESS, "closed")).isEqualTo("primary's pg_hba.conf now starts with"
                    + " host all checkout all reject; it takes effect at :action reload-config primary.");
            assertThat(loginAsCheckout(primary)).as("an edited file is read at the reload").isEqualTo("checkout");
            assertThat(query(primary, "postgres", "select count(*)::text from pg_hba_file_rules where error is not null"))
                    .as("the file as written parses").isEqualTo("0");
            assertThat(query(primary, "postgres", "select type || ' ' || array_to_string(user_name, ',') || ' ' || auth_method"
                    + " from pg_hba_file_rules order by line_number limit 1")).as("before the sandbox's own rules")
                    .isEqualTo("host checkout reject");

            assertThat(t.act(OperatorAction.RELOAD_CONFIG, "primary")).isEqualTo("primary re-read its configuration.");
            assertThatThrownBy(() -> loginAsCheckout(primary)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("pg_hba.conf rejects connection").hasMessageContaining("checkout");
            assertThat(query(primary, "app", "select current_user")).as("the superuser still logs in").isNotEqualTo("checkout");

            assertThat(t.choose(CHECKOUT_ACCESS, "closed")).as("made twice, one block").contains("starts with");
            assertThat(query(primary, "postgres", "select count(*)::text from pg_hba_file_rules where 'checkout' = any(user_name)"))
                    .isEqualTo("1");
            assertThat(t.choose(CHECKOUT_ACCESS, "open")).isEqualTo("primary's pg_hba.conf now has only the sandbox's own rules;"
                    + " it takes effect at :action reload-config primary.");
            t.act(OperatorAction.RELOAD_CONFIG, "primary");
            assertThat(loginAsCheckout(primary)).isEqualTo("checkout");

            // a choice made while the server is down is read when it starts, as an edited file is
            t.act(OperatorAction.STOP_SERVER, "primary");
            t.choose(CHECKOUT_ACCESS, "closed");
            t.act(OperatorAction.START_SERVER, "primary");
            assertThatThrownBy(() -> loginAsCheckout(primary)).hasMessageContaining("pg_hba.conf rejects connection");

            t.resetTopology();
            assertThat(query(primary, "postgres", "select count(*)::text from pg_hba_file_rules where 'checkout' = any(user_name)"))
                    .as("a reset brings the start option back").isEqualTo("0");
        }
    }

    private static String loginAsCheckout(Endpoint server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("app"), "checkout", CHECKOUT_PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The pool_mode column of PgBouncer's SHOW DATABASES for one database (null while it has no entry). */
    protected static String poolModeOf(Endpoint pooler, String database) throws SQLException {
        try (Connection admin = pooler.connect(Endpoint.POOLER_ADMIN_DATABASE); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                if (database.equals(rs.getString("name"))) {
                    return rs.getString("pool_mode");
                }
            }
            return null;
        }
    }

    private static Map<String, Map<String, String>> options(Map<String, String> transaction, Map<String, String> session) {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        options.put("transaction", transaction);
        options.put("session", session);
        return options;
    }

    private static Map<String, List<String>> hbaOptions(List<String> open, List<String> closed) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("open", open);
        options.put("closed", closed);
        return options;
    }
}
