package dev.ride.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ActorSpecsTest {

    private static final Path FILE = Path.of("scenarios/x/scenario.yaml");
    private static final List<String> DATABASES = List.of("tenant_a", "tenant_b", "tenant_c");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A whole manifest's actors, with lines from the test's own {@link YamlLines} (the scenario
     * loader passes its LineIndex the same way).
     */
    private static List<ActorSpec> parse(String yaml) {
        YamlLines lines;
        JsonNode root;
        try {
            lines = YamlLines.of(yaml);
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode actors = root == null ? null : root.get("actors");
        return actors == null ? List.of() : ActorSpecs.parse(actors, FILE, lines, DATABASES);
    }

    private static void rejects(String yaml, int line, String reason) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ActorSpecException.class)
                .hasMessageStartingWith(FILE + ":" + line + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void readsAWorkloadAndAHoldWithDefaults() {
        List<ActorSpec> actors = parse("""
                format: 2
                actors:
                  - name: checkout_b
                    database: tenant_b
                    role: checkout
                    application_name: checkout-api
                    on_terminate: {reconnect_after: 2s}
                    workload:
                      rate: 20/s
                      concurrency: 2
                      params:
                        - {row_of: "select id from customers order by id"}
                        - {int: [500, 25000]}
                        - {seq: from 1000}
                        - {pick: [pending, paid, 3, true]}
                        - {text: "order-{seq}"}
                      statements:
                        - insert into orders (customer_id, total_cents, id, status, note) values ($1, $2, $3, $4, $5)
                  - name: reporting
                    database: tenant_a
                    role: reports
                    start: after_prompt
                    after: checkout_b
                    on_terminate: {gone}
                    hold:
                      statements: [begin, "lock table orders in share mode"]
                """);
        assertThat(actors).hasSize(2);
        ActorSpec checkout = actors.get(0);
        assertThat(checkout.line()).isEqualTo(3);
        assertThat(checkout.applicationName()).isEqualTo("checkout-api");
        assertThat(checkout.start()).isEqualTo(StartPhase.BEFORE_PROMPT);
        assertThat(checkout.onTerminate().reconnectAfter()).contains(Duration.ofSeconds(2));
        Workload w = (Workload) checkout.behaviour();
        assertThat(w.rate().perSecond()).isEqualTo(20);
        assertThat(w.concurrency()).isEqualTo(2);
        assertThat(w.transaction()).isFalse();
        assertThat(w.serverPrepared()).isTrue(); // pgjdbc's default
        assertThat(w.params()).containsExactly(
                new ParamSpec.RowOf("select id from customers order by id", null),
                new ParamSpec.IntRange(500, 25000),
                new ParamSpec.Seq(1000),
                new ParamSpec.Pick(List.of("pending", "paid", 3L, true)),
                new ParamSpec.Text("order-{seq}"));
        ActorSpec reporting = actors.get(1);
        assertThat(reporting.applicationName()).isEqualTo("reporting");
        assertThat(reporting.after()).contains("checkout_b");
        assertThat(reporting.onTerminate().gone()).isTrue();
        assertThat(((Hold) reporting.behaviour()).statements()).containsExactly("begin", "lock table orders in share mode");
    }

    @Test
    void aWorkloadMayKeepItsStatementsOffTheServer() {
        List<ActorSpec> actors = parse("""
                actors:
                  - name: checkout
                    database: tenant_a
                    role: checkout
                    workload:
                      rate: 5/s
                      server_prepared: false
                      statements: select 1
                """);
        assertThat(((Workload) actors.get(0).behaviour()).serverPrepared()).isFalse();
        rejects("""
                actors:
                  - name: checkout
                    database: tenant_a
                    role: checkout
                    workload:
                      rate: 5/s
                      server_prepared: no thanks
                      statements: select 1
                """, 7, "server_prepared: expected true or false");
    }

    @Test
    void aManifestWithoutActorsHasNone() {
        assertThat(parse("format: 1\ntitle: x\n")).isEmpty();
    }

    @Test
    void unknownKeysAreRejectedWithASuggestion() {
        rejects("""
                actors:
                  - name: app
                    database: tenant_a
                    role: app
                    workload:
                      rate: 5/s
                      concurency: 2
                      statements: select 1
                """, 7, "unknown key 'concurency' in actor app's workload; did you mean 'concurrency'?");
        rejects("""
                actors:
                  - name: app
                    databse: tenant_a
                """, 3, "unknown key 'databse' in an actor; did you mean 'database'?");
    }

    @Test
    void requiredKeysAndOneBehaviour() {
        rejects("""
                actors:
                  - name: app
                    role: app
                    hold: {statements: begin}
                """, 2, "actor app: database: is required");
        rejects("""
                actors:
                  - name: app
                    database: tenant_a
                    role: app
                """, 2, "give exactly one behaviour, workload: or hold:");
        rejects("""
                actors:
                  - name: app
                    database: tenant_x
                    role: app
                    hold: {statements: begin}
                """, 3, "database 'tenant_x' is not one of the scenario's databases");
    }

    @Test
    void afterMustNameAnActorWithoutACircle() {
        rejects("""
                actors:
                  - name: holder
                    database: tenant_a
                    role: app
                    hold: {statements: begin}
                  - name: writer
                    database: tenant_a
                    role: app
                    after: holdr
                    hold: {statements: begin}
                """, 9, "after: there is no actor 'holdr'; did you mean 'holder'?");
        rejects("""
                actors:
                  - name: a
                    database: tenant_a
                    role: app
                    after: b
                    hold: {statements: begin}
                  - name: b
                    database: tenant_a
                    role: app
                    after: a
                    hold: {statements: begin}
                """, 5, "actors wait for each other in a circle: a -> after -> b -> after -> a");
        rejects("""
                actors:
                  - name: a
                    database: tenant_a
                    role: app
                    start: after_prompt
                    hold: {statements: begin}
                  - name: b
                    database: tenant_a
                    role: app
                    after: a
                    hold: {statements: begin}
                """, 10, "starts before the prompt but comes after a");
    }

    @Test
    void badRatesDelaysAndParams() {
        String head = """
                actors:
                  - name: app
                    database: tenant_a
                    role: app
                """;
        rejects(head + "    workload: {rate: fast, statements: select 1}\n", 5, "'fast' is not a rate");
        rejects(head + "    workload: {rate: 0/s, statements: select 1}\n", 5, "must be above 0");
        rejects(head + "    on_terminate: {reconnect_after: soon}\n    hold: {statements: begin}\n", 5, "'soon' is not a delay");
        rejects(head + "    on_terminate: {reconect_after: 2s}\n    hold: {statements: begin}\n", 5, "did you mean 'reconnect_after'?");
        rejects(head + "    start: later\n    hold: {statements: begin}\n", 5, "start: 'later' is not before_prompt or after_prompt");
        rejects(head + """
                    workload:
                      rate: 1/s
                      params:
                        - {int: [10, 1]}
                      statements: select $1
                """, 8, "the low end 10 is above the high end 1");
        rejects(head + """
                    workload:
                      rate: 1/s
                      params:
                        - {integer: [1, 10]}
                      statements: select $1
                """, 8, "unknown generator 'integer'; did you mean 'int'?");
        rejects(head + """
                    workload:
                      rate: 1/s
                      params:
                        - {int: [1, 10]}
                      statements:
                        - select $1
                        - select $1, $2
                """, 11, "the statement uses $2 but 1 param is declared");
        rejects(head + """
                    workload:
                      rate: 1/s
                      params: [{text: "x-{id}"}]
                      statements: select $1
                """, 7, "unknown field {id}");
    }

}
