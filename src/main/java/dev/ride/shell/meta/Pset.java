package dev.ride.shell.meta;

import dev.ride.shell.meta.Command.Result;
import dev.ride.shell.Messages;
import dev.ride.shell.print.PrintOptions.Expanded;
import dev.ride.shell.print.PrintOptions.Format;
import dev.ride.shell.ShellOutput;
import dev.ride.shell.ShellSettings;
import dev.ride.shell.ShellVariables;
import dev.ride.shell.print.LineStyle;
import dev.ride.shell.print.PrintOptions;
import java.util.List;
import java.util.Locale;

/**
 * psql's {@code \pset} options that ride supports, with psql 15's messages (command.c's do_pset
 * and printPsetInfo). {@code \x}, {@code \t} and {@code \pset} itself come here. Each option has
 * its own method: it checks the value, changes the settings, and says what they are now.
 */
public final class Pset {

    /**
     * psql 15's formats for abbreviation; latex-longtable is matched apart, as in psql, since
     * latex is a prefix of it ("\\pset format l" means latex).
     */
    private static final List<String> FORMATS = List.of("aligned", "asciidoc", "csv", "html", "latex",
            "troff-ms", "unaligned", "wrapped");

    private final ShellSettings settings;
    private final ShellOutput output;
    /** psql's do_pset prints what changed only when not quiet (QUIET, or -P on the command line). */
    private final boolean quiet;

    private Pset(MetaContext context, boolean quiet) {
        this.settings = context.settings();
        this.output = context.output();
        this.quiet = quiet;
    }

    /** {@code \pset OPTION [VALUE]}: a null value toggles or shows, as psql does for each option. */
    static Result set(MetaContext context, String option, String value) {
        return set(context, option, value, context.variables().isOn("QUIET"));
    }

    /** psql's {@code -P OPTION=VALUE} and the options that stand for one ({@code -A}, {@code -x}...): no message. */
    public static Result setQuietly(MetaContext context, String option, String value) {
        return set(context, option, value, true);
    }

    private static Result set(MetaContext context, String option, String value, boolean quiet) {
        Pset pset = new Pset(context, quiet);
        return switch (option) {
            case "format" -> pset.format(value);
            case "pager" -> pset.pager(value);
            case "border" -> pset.border(value);
            case "expanded", "x" -> pset.expanded(value);
            case "null" -> pset.nullDisplay(value);
            case "fieldsep" -> pset.fieldSeparator(value);
            case "recordsep" -> pset.recordSeparator(value);
            case "fieldsep_zero" -> pset.zeroSeparator(true);
            case "recordsep_zero" -> pset.zeroSeparator(false);
            case "csv_fieldsep" -> pset.csvFieldSeparator(value);
            case "title" -> pset.title(value);
            case "tableattr", "T" -> pset.tableAttr(value);
            case "numericlocale" -> pset.numericLocale(value);
            case "columns" -> pset.columns(value);
            case "linestyle" -> pset.lineStyle(value);
            case "unicode_border_linestyle" -> pset.unicodeLineStyle(value, 0, "border");
            case "unicode_column_linestyle" -> pset.unicodeLineStyle(value, 1, "column");
            case "unicode_header_linestyle" -> pset.unicodeLineStyle(value, 2, "header");
            case "tuples_only", "t" -> pset.tuplesOnly(value);
            case "footer" -> pset.footer(value);
            default -> pset.fail(Messages.psetUnknownOption(option));
        };
    }

    private PrintOptions options() {
        return settings.printOptions();
    }

    /** Takes {@code options} and prints {@code message} about them. */
    private Result changed(PrintOptions options, String message) {
        settings.setPrintOptions(options);
        if (!quiet) {
            output.println(message);
        }
        return Result.OK;
    }

    private Result format(String value) {
        if (value == null) {
            return changed(options(), Messages.format(options().format()));
        }
        List<String> matches = FORMATS.stream().filter(f -> f.startsWith(value.toLowerCase(Locale.ROOT))).toList();
        String exact = FORMATS.stream().filter(f -> f.equalsIgnoreCase(value)).findFirst().orElse(null);
        String chosen = exact != null ? exact : matches.size() == 1 ? matches.get(0) : null;
        if (chosen == null && matches.isEmpty() && !value.isEmpty()
                && "latex-longtable".startsWith(value.toLowerCase(Locale.ROOT))) {
            chosen = "latex-longtable";
        }
        if (chosen == null && matches.size() > 1) {
            return fail(Messages.psetAmbiguousFormat(value, matches.get(0), matches.get(1)));
        }
        if (chosen == null) {
            return fail(Messages.PSET_ALLOWED_FORMATS);
        }
        Format format = switch (chosen) {
            case "aligned" -> Format.ALIGNED;
            case "unaligned" -> Format.UNALIGNED;
            case "csv" -> Format.CSV;
            case "html" -> Format.HTML;
            case "asciidoc" -> Format.ASCIIDOC;
            case "latex" -> Format.LATEX;
            case "latex-longtable" -> Format.LATEX_LONGTABLE;
            case "troff-ms" -> Format.TROFF_MS;
            case "wrapped" -> Format.WRAPPED;
            default -> throw new IllegalStateException("a format psql lists: " + chosen);
        };
        return changed(options().withFormat(format), Messages.format(format));
    }

    /** psql's 0 (off), 1 (long output) and 2 (always); used by the interactive shell only. */
    private Result pager(String value) {
        if (value != null && value.equalsIgnoreCase("always")) {
            settings.setPager(2);
        } else if (value != null) {
            Boolean on = ShellVariables.parseBoolean(value);
            if (on == null) {
                return unrecognized(value, "pager", "on, off, always");
            }
            settings.setPager(on ? 1 : 0);
        } else {
            settings.setPager(settings.pager() == 1 ? 0 : 1);
        }
        if (!quiet) {
            output.println(Messages.pager(settings.pager()));
        }
        return Result.OK;
    }

    private Result border(String value) {
        PrintOptions options = value == null ? options() : options().withBorder(leadingInt(value));
        return changed(options, Messages.border(options.border()));
    }

    private Result expanded(String value) {
        Expanded expanded;
        if (value != null && value.equalsIgnoreCase("auto")) {
            expanded = Expanded.AUTO;
        } else if (value != null) {
            Boolean on = ShellVariables.parseBoolean(value);
            if (on == null) {
                return unrecognized(value, "expanded", "on, off, auto");
            }
            expanded = on ? Expanded.ON : Expanded.OFF;
        } else {
            expanded = options().expanded() == Expanded.OFF ? Expanded.ON : Expanded.OFF;
        }
        return changed(options().withExpanded(expanded), Messages.expanded(expanded));
    }

    private Result nullDisplay(String value) {
        if (value != null) {
            settings.setNullDisplaySet(true);
        }
        PrintOptions options = value == null ? options() : options().withNullPrint(value);
        return changed(options, Messages.nullDisplay(options.nullPrint()));
    }

    private Result fieldSeparator(String value) {
        PrintOptions options = value == null ? options() : options().withFieldSeparator(value);
        return changed(options, Messages.fieldSeparator(options.fieldSeparator()));
    }

    private Result recordSeparator(String value) {
        PrintOptions options = value == null ? options() : options().withRecordSeparator(value);
        return changed(options, Messages.recordSeparator(options.recordSeparator()));
    }

    /** {@code fieldsep_zero} and {@code recordsep_zero}: psql ignores a value here. */
    private Result zeroSeparator(boolean field) {
        return field ? changed(options().withFieldSeparator(null), Messages.fieldSeparator(null))
                : changed(options().withRecordSeparator(null), Messages.recordSeparator(null));
    }

    private Result csvFieldSeparator(String value) {
        if (value == null) {
            return changed(options(), Messages.csvFieldSeparator(options().csvFieldSeparator()));
        }
        int nul = value.indexOf('\0'); // psql's value is a C string: it ends at a zero byte
        String text = nul >= 0 ? value.substring(0, nul) : value;
        if (text.length() != 1 || text.charAt(0) > 0x7f) {
            return fail("\\pset: csv_fieldsep must be a single one-byte character");
        }
        char c = text.charAt(0);
        if (c == '"' || c == '\n' || c == '\r') {
            return fail("\\pset: csv_fieldsep cannot be a double quote, a newline, or a carriage return");
        }
        return changed(options().withCsvFieldSeparator(c), Messages.csvFieldSeparator(c));
    }

    /**
     * psql's locale-adjusted numbers. ride prints numbers as the C locale does (the locale psql's
     * regression test uses), where the setting changes nothing; it is kept for {@code \\pset}.
     */
    private Result numericLocale(String value) {
        boolean on = !settings.numericLocale();
        if (value != null) {
            Boolean parsed = ShellVariables.parseBoolean(value);
            if (parsed == null) {
                return fail(Messages.booleanExpected(value, "numericlocale"));
            }
            settings.setNumericLocale(parsed); // psql returns before printing, as for tuples_only
            return Result.OK;
        }
        settings.setNumericLocale(on);
        return changed(options(), on ? "Locale-adjusted numeric output is on." : "Locale-adjusted numeric output is off.");
    }

    /** psql's target width for wrapped and {@code \\x auto}: atoi of the value; 0 is unset. */
    private Result columns(String value) {
        PrintOptions options = value == null ? options() : options().withColumns(Math.max(leadingInt(value), 0));
        return changed(options, options.columns() == 0 ? "Target width is unset."
                : "Target width is " + options.columns() + ".");
    }

    /**
     * psql's line styles: a prefix of a name chooses it (an empty value is ascii, as psql's
     * strncasecmp of length 0 matches). unicode keeps the single or double parts chosen with
     * {@code unicode_*_linestyle}, which psql keeps apart from the style.
     */
    private Result lineStyle(String value) {
        if (value == null) {
            return changed(options(), "Line style is " + options().lineStyle().name() + ".");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        LineStyle style;
        if ("ascii".startsWith(lower)) {
            style = LineStyle.ASCII;
        } else if ("old-ascii".startsWith(lower)) {
            style = LineStyle.OLD_ASCII;
        } else if ("unicode".startsWith(lower)) {
            boolean[] doubles = settings.unicodeDoubles();
            style = LineStyle.unicode(doubles[0], doubles[1], doubles[2]);
        } else {
            return fail("\\pset: allowed line styles are ascii, old-ascii, unicode");
        }
        return changed(options().withLineStyle(style), "Line style is " + style.name() + ".");
    }

    /** {@code unicode_border_linestyle} (part 0), {@code _column_} (1) and {@code _header_} (2): single or double. */
    private Result unicodeLineStyle(String value, int part, String name) {
        boolean[] doubles = settings.unicodeDoubles();
        if (value != null) {
            String lower = value.toLowerCase(Locale.ROOT);
            if ("single".startsWith(lower)) {
                doubles[part] = false;
            } else if ("double".startsWith(lower)) {
                doubles[part] = true;
            } else {
                return fail("\\pset: allowed Unicode " + name + " line styles are single, double");
            }
            settings.setUnicodeDoubles(doubles);
        }
        PrintOptions options = options();
        if (options.lineStyle().name().equals("unicode")) {
            options = options.withLineStyle(LineStyle.unicode(doubles[0], doubles[1], doubles[2]));
        }
        return changed(options, "Unicode " + name + " line style is \"" + (doubles[part] ? "double" : "single")
                + "\".");
    }

    private Result tableAttr(String value) {
        PrintOptions options = options().withTableAttr(value);
        return changed(options, value == null ? "Table attributes unset."
                : "Table attributes are \"" + value + "\".");
    }

    private Result title(String value) {
        return changed(options().withTitle(value), Messages.title(value));
    }

    /** Like psql: an explicit value is set silently, a toggle is announced. */
    private Result tuplesOnly(String value) {
        if (value == null) {
            boolean on = !options().tuplesOnly();
            return changed(options().withTuplesOnly(on), Messages.tuplesOnly(on));
        }
        Boolean on = ShellVariables.parseBoolean(value);
        if (on == null) {
            return fail(Messages.booleanExpected(value, "tuples_only"));
        }
        settings.setPrintOptions(options().withTuplesOnly(on));
        return Result.OK;
    }

    /** As {@link #tuplesOnly}: silent with a value, announced as a toggle. */
    private Result footer(String value) {
        if (value == null) {
            boolean on = !options().footer();
            return changed(options().withFooter(on), Messages.footer(on));
        }
        Boolean on = ShellVariables.parseBoolean(value);
        if (on == null) {
            return fail(Messages.booleanExpected(value, "footer"));
        }
        settings.setPrintOptions(options().withFooter(on));
        return Result.OK;
    }

    /** {@code \pset} alone: psql's list of every option, ride's values for those it supports. */
    static String listing(ShellSettings settings) {
        PrintOptions o = settings.printOptions();
        String[][] rows = {
            {"border", String.valueOf(o.border())},
            {"columns", String.valueOf(o.columns())},
            {"csv_fieldsep", quoted(String.valueOf(o.csvFieldSeparator()))},
            {"expanded", switch (o.expanded()) {
                case ON -> "on";
                case OFF -> "off";
                case AUTO -> "auto";
            }},
            {"fieldsep", quoted(o.fieldSeparator() == null ? "" : o.fieldSeparator())},
            {"fieldsep_zero", o.fieldSeparator() == null ? "on" : "off"},
            {"footer", o.footer() ? "on" : "off"},
            {"format", o.format().psqlName()},
            {"linestyle", o.lineStyle().name()},
            {"null", quoted(o.nullPrint())},
            {"numericlocale", settings.numericLocale() ? "on" : "off"},
            {"pager", String.valueOf(settings.pager())},
            {"pager_min_lines", "0"},
            {"recordsep", quoted(o.recordSeparator() == null ? "" : o.recordSeparator())},
            {"recordsep_zero", o.recordSeparator() == null ? "on" : "off"},
            {"tableattr", o.tableAttr() == null ? "" : quoted(o.tableAttr())},
            {"title", o.title() == null ? "" : quoted(o.title())},
            {"tuples_only", o.tuplesOnly() ? "on" : "off"},
            {"unicode_border_linestyle", settings.unicodeDoubles()[0] ? "double" : "single"},
            {"unicode_column_linestyle", settings.unicodeDoubles()[1] ? "double" : "single"},
            {"unicode_header_linestyle", settings.unicodeDoubles()[2] ? "double" : "single"},
        };
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(String.format("%-24s %s", row[0], row[1])).append('\n');
        }
        return text.toString();
    }

    /** psql's pset_quoted_value: single quotes, with \n and friends spelled out. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** C's atoi: the leading digits, 0 if none. */
    private static int leadingInt(String value) {
        int i = 0;
        int sign = 1;
        if (i < value.length() && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            sign = value.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        int n = 0;
        while (i < value.length() && Character.isDigit(value.charAt(i)) && n < 100_000) {
            n = n * 10 + (value.charAt(i++) - '0');
        }
        return sign * n;
    }

    private Result unrecognized(String value, String option, String allowed) {
        String message = Messages.unrecognizedValue(value, option);
        output.error(message);
        output.hint(Messages.availableValues(allowed));
        return Result.failed(message);
    }

    private Result fail(String message) {
        output.error(message);
        return Result.failed(message);
    }
}
