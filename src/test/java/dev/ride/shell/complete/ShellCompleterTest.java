package dev.ride.shell.complete;

import dev.ride.shell.RecordingHost;
import dev.ride.shell.ShellSession;
import dev.ride.testing.TestSandboxes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Completion against a real database: what is offered where, and that it leaves no evidence. */
class ShellCompleterTest {

    private RecordingHost host;
    private String database;
    private ShellSession session;
    private CompletionCatalog catalog;
    private ShellCompleter completer;

    @BeforeEach
    void setUp() throws Exception {
        host = new RecordingHost(TestSandboxes.shared());
        database = TestSandboxes.newDatabase("completion");
        try (Connection c = host.connect(database); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA billing; CREATE TABLE orders (id int, customer_id int, release_id bigint);"
                    + "CREATE TABLE customers (id int, email text); CREATE TABLE billing.invoices (amount numeric);"
                    + "CREATE FUNCTION order_total(int) RETURNS int LANGUAGE sql AS 'select 1'");
        }
        StringWriter out = new StringWriter();
        session = new ShellSession(host, database, new PrintWriter(out), new PrintWriter(out));
        catalog = new CompletionCatalog(host);
        completer = new ShellCompleter(session, catalog);
    }

    @AfterEach
    void tearDown() {
        catalog.close();
        session.close();
    }

    private List<String> complete(String buffer) {
        return complete(buffer, buffer.length());
    }

    /** The values JLine would offer for the word at {@code cursor} (filtered by that word, as JLine does). */
    private List<String> complete(String buffer, int cursor) {
        var line = new PsqlLineParser(session).parse(buffer, cursor, ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        String word = line.word().substring(0, line.wordCursor());
        return candidates.stream().map(Candidate::value).filter(v -> v.startsWith(word)).toList();
    }

    @Test
    void tablesAfterFromAndJoinAndDescribe() {
        assertThat(complete("select * from ord")).containsExactly("orders");
        assertThat(complete("select * from orders join cu")).containsExactly("customers");
        assertThat(complete("\\d cus")).containsExactly("customers");
        assertThat(complete("select * from b")).containsExactly("billing.");
    }

    @Test
    void schemaQualifiedNames() {
        assertThat(complete("select * from billing.in")).containsExactly("billing.invoices");
        assertThat(complete("select * from public.or")).containsExactly("public.orders");
    }

    @Test
    void columnsOfTheStatementsTablesWhereverTheCursorIs() {
        String sql = "select rel from orders";
        assertThat(complete(sql, "select rel".length())).contains("release_id");
        assertThat(complete("select count(cust")).doesNotContain("count(customer_id");
        assertThat(complete("select count(cust) from orders", "select count(cust".length()))
                .contains("count(customer_id");
        assertThat(complete("select o.re from orders o", "select o.re".length())).containsExactly("o.release_id");
        assertThat(complete("update customers set em")).contains("email");
        assertThat(complete("select em from orders")).doesNotContain("email");
    }

    @Test
    void functionsAndKeywords() {
        assertThat(complete("select order_t")).containsExactly("order_total");
        assertThat(complete("sel")).contains("select");
        assertThat(complete("SEL")).contains("SELECT");
    }

    @Test
    void objectsCreatedInTheSessionAppearAtOnce() {
        assertThat(complete("select * from ship")).isEmpty();
        session.handleLine("create table shipments (id int);");
        assertThat(complete("select * from ship")).containsExactly("shipments");
        assertThat(complete("select i from shipments", "select i".length())).contains("id");
    }

    @Test
    void lookupsAreNeitherReportedNorTrackedByPgStatStatements() throws Exception {
        complete("select * from ord");
        complete("select rel from orders", "select rel".length());
        complete("select order_t");
        assertThat(host.executed).isEmpty();
        try (Connection c = host.connect(database); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM pg_stat_statements s "
                     + "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() "
                     + "AND (s.query ILIKE '%pg_class%' OR s.query ILIKE '%pg_attribute%' "
                     + "OR s.query ILIKE '%set_config%' OR s.query ILIKE '%pg_proc%')")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void followsTheShellToAnotherDatabase() throws Exception {
        String other = TestSandboxes.newDatabase("completion_other");
        try (Connection c = host.connect(other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE elsewhere (x int)");
        }
        assertThat(complete("\\c " + other.substring(0, other.length() - 2))).contains(other);
        session.handleLine("\\c " + other);
        assertThat(complete("select * from else")).containsExactly("elsewhere");
        assertThat(complete("select * from ord")).isEmpty();
        catalog.useDatabase(database);
        session.handleLine("\\c " + database);
        session.handleLine("drop database " + other + ";");
        assertThat(host.executed.get(host.executed.size() - 1).error())
                .as("no lookup connection left on the database the shell left").isNull();
    }
}
