package dev.ride.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** psql's hooks on FETCH_COUNT and ON_ERROR_STOP (the golden case 91 compares them with psql itself). */
class ShellVariablesTest {

    @Test
    void integersAreReadAsStrtolWithBaseZeroReadsThem() {
        assertThat(ShellVariables.parseInteger("42")).isEqualTo(42);
        assertThat(ShellVariables.parseInteger("  -7")).isEqualTo(-7);
        assertThat(ShellVariables.parseInteger("+3")).isEqualTo(3);
        assertThat(ShellVariables.parseInteger("0x1F")).isEqualTo(31);
        assertThat(ShellVariables.parseInteger("010")).as("octal").isEqualTo(8);
        assertThat(ShellVariables.parseInteger("0")).isZero();
        assertThat(ShellVariables.parseInteger("2147483647")).isEqualTo(Integer.MAX_VALUE);
        for (String refused : new String[] {"", " ", "abc", "12 ", "08", "0x", "1e3", "2147483648", "٣", "99999999999999999999"}) {
            assertThat(ShellVariables.parseInteger(refused)).as("'" + refused + "'").isNull();
        }
    }

    @Test
    void aRefusedValueLeavesTheVariableAsItWas() {
        ShellVariables variables = new ShellVariables();
        assertThat(variables.set("FETCH_COUNT", "100")).isNull();
        assertThat(variables.set("FETCH_COUNT", "lots")).isEqualTo("invalid value \"lots\" for \"FETCH_COUNT\": integer expected");
        assertThat(variables.fetchCount()).isEqualTo(100);
        assertThat(variables.set("ON_ERROR_STOP", "maybe"))
                .isEqualTo("unrecognized value \"maybe\" for \"ON_ERROR_STOP\": Boolean expected");
        assertThat(variables.get("ON_ERROR_STOP")).isEqualTo("off");
    }

    @Test
    void unsetGivesASpecialVariableItsDefaultAndAnEmptyBooleanMeansOn() {
        ShellVariables variables = new ShellVariables();
        variables.set("FETCH_COUNT", "5");
        variables.unset("FETCH_COUNT");
        assertThat(variables.get("FETCH_COUNT")).isEqualTo("0");
        variables.set("ON_ERROR_STOP", "");
        assertThat(variables.isOn("ON_ERROR_STOP")).isTrue();
        variables.unset("ON_ERROR_STOP");
        assertThat(variables.get("ON_ERROR_STOP")).isEqualTo("off");
        variables.set("mine", "x");
        variables.unset("mine");
        assertThat(variables.get("mine")).isNull();
    }

    @Test
    void gsetLeavesSpecialVariablesAlone() {
        assertThat(ShellVariables.gsetRefusal("FETCH_COUNT"))
                .isEqualTo("attempt to \\gset into specially treated variable \"FETCH_COUNT\" ignored");
        assertThat(ShellVariables.gsetRefusal("AUTOCOMMIT")).isNotNull();
        assertThat(ShellVariables.gsetRefusal("fetch_count")).isNull();
    }
}
