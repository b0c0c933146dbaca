package dev.ride.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** psql's command line read as getopt_long reads it (messages as glibc prints them, program name aside). */
class PsqlOptionsTest {

    private static List<String> read(String... args) throws PsqlOptions.UsageException {
        PsqlOptions.Parsed parsed = PsqlOptions.parse(List.of(args));
        List<String> words = new java.util.ArrayList<>();
        parsed.given().forEach(g -> words.add(g.option().name() + (g.value() == null ? "" : "=" + g.value())));
        parsed.operands().forEach(o -> words.add("operand " + o));
        if (parsed.help()) {
            words.add("help");
        }
        return words;
    }

    @Test
    void shortOptionsBundleAndTakeTheirArgumentAttachedOrNext() throws Exception {
        assertThat(read("-XAtc", "select 1", "-cselect 2", "-v", "a=1")).containsExactly(
                "no-psqlrc", "no-align", "tuples-only", "command=select 1", "command=select 2", "set=a=1");
    }

    @Test
    void anArgumentIsTheNextWordWhateverItLooksLike() throws Exception {
        assertThat(read("-c", "-1", "--command", "--x")).containsExactly("command=-1", "command=--x");
    }

    @Test
    void longOptionsWithEqualsOrNextWordAndUniquePrefixes() throws Exception {
        assertThat(read("--command=select 1", "--no-psql", "--variable", "x=1", "--va=y=2", "--cs"))
                .containsExactly("command=select 1", "no-psqlrc", "set=x=1", "set=y=2", "csv");
    }

    @Test
    void operandsMayComeFirstAndDoubleDashEndsTheOptions() throws Exception {
        assertThat(read("db", "-X", "user", "--", "-q")).containsExactly("no-psqlrc", "operand db", "operand user",
                "operand -q");
        assertThat(read("-", "-?")).containsExactly("operand -", "help");
        assertThat(read("--help")).containsExactly("help");
    }

    @Test
    void refusalsSayWhatGetoptSays() {
        assertThatThrownBy(() -> read("-Z")).hasMessage("invalid option -- 'Z'");
        assertThatThrownBy(() -> read("-c")).hasMessage("option requires an argument -- 'c'");
        assertThatThrownBy(() -> read("--command")).hasMessage("option '--command' requires an argument");
        assertThatThrownBy(() -> read("--quiet=1")).hasMessage("option '--quiet' doesn't allow an argument");
        assertThatThrownBy(() -> read("--nope")).hasMessage("unrecognized option '--nope'");
        assertThatThrownBy(() -> read("--echo")).hasMessage(
                "option '--echo' is ambiguous; possibilities: '--echo-all' '--echo-errors' '--echo-queries'");
    }

    @Test
    void theTreeHasEveryOption() {
        var spec = PsqlCommand.commandSpec();
        for (PsqlOptions.Option option : PsqlOptions.ALL) {
            assertThat(spec.findOption("--" + option.name())).as(option.name()).isNotNull();
        }
        assertThat(spec.positionalParameters()).hasSize(2);
    }
}
