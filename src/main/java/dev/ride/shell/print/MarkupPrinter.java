package dev.ride.shell.print;

import java.util.List;

/**
 * psql's markup formats ({@code \pset format html}, {@code asciidoc}, {@code latex},
 * {@code latex-longtable}, {@code troff-ms}), each with its expanded variant, as print.c writes
 * them: the same table text, escaped for the markup, with psql's borders, title, footers and
 * {@code tableattr}. With FETCH_COUNT a table comes in segments, and like psql the opening is
 * written with the first one and the closing with the last.
 */
final class MarkupPrinter {

    private final StringBuilder out = new StringBuilder();
    private final PrintTable table;
    private final PrintOptions options;
    private final TablePrinter.Segment segment;
    /** print.c's footers_with_default, for the formats that add "(N rows)". */
    private final List<String> footersWithDefault;
    private final int columns;

    private MarkupPrinter(PrintTable table, PrintOptions options, TablePrinter.Segment segment,
                          List<String> footersWithDefault) {
        this.table = table;
        this.options = options;
        this.segment = segment;
        this.footersWithDefault = footersWithDefault;
        this.columns = table.columnCount();
    }

    /** The text of {@code table} in a markup format; {@code footersWithDefault} as the aligned format's. */
    static String print(PrintTable table, PrintOptions options, TablePrinter.Segment segment,
                        List<String> footersWithDefault) {
        MarkupPrinter printer = new MarkupPrinter(table, options, segment, footersWithDefault);
        boolean expanded = options.expanded() == PrintOptions.Expanded.ON;
        switch (options.format()) {
            case HTML -> {
                if (expanded) {
                    printer.htmlVertical();
                } else {
                    printer.html();
                }
            }
            case ASCIIDOC -> {
                if (expanded) {
                    printer.asciidocVertical();
                } else {
                    printer.asciidoc();
                }
            }
            case LATEX -> {
                if (expanded) {
                    printer.latexVertical();
                } else {
                    printer.latex();
                }
            }
            case LATEX_LONGTABLE -> {
                if (expanded) {
                    printer.latexVertical(); // psql has no expanded longtable
                } else {
                    printer.latexLongtable();
                }
            }
            case TROFF_MS -> {
                if (expanded) {
                    printer.troffVertical();
                } else {
                    printer.troff();
                }
            }
            default -> throw new IllegalArgumentException("not a markup format: " + options.format());
        }
        return printer.out.toString();
    }

    static boolean isMarkup(PrintOptions.Format format) {
        return switch (format) {
            case HTML, ASCIIDOC, LATEX, LATEX_LONGTABLE, TROFF_MS -> true;
            default -> false;
        };
    }

    // ---- shared ------------------------------------------------------------------------------

    private int rows() {
        return table.rows().size();
    }

    private String cell(int row, int column) {
        String value = table.rows().cell(row, column);
        return value == null ? options.nullPrint() : value;
    }

    private String header(int column) {
        return table.headers().get(column);
    }

    private boolean right(int column) {
        return table.rightAligned()[column];
    }

    private char align(int column) {
        return right(column) ? 'r' : 'l';
    }

    private boolean tuplesOnly() {
        return options.tuplesOnly();
    }

    /** print.c's test {@code (*ptr)[strspn(*ptr, " \t")] == '\0'}. */
    private static boolean blank(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != ' ' && value.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private long firstRecord() {
        return segment.priorRows() + 1;
    }

    /** The vertical formats print only the table's own footers (psql's cont->footers). */
    private List<String> ownFooters() {
        return table.footers();
    }

    // ---- HTML --------------------------------------------------------------------------------

    private void html(String text) {
        boolean leadingSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br />\n");
                case '"' -> out.append("&quot;");
                case ' ' -> out.append(leadingSpace ? "&nbsp;" : " "); // leading spaces kept, for EXPLAIN
                default -> out.append(c);
            }
            if (c != ' ') {
                leadingSpace = false;
            }
        }
    }

    private void htmlTableStart() {
        out.append("<table border=\"").append(options.border()).append('"');
        if (options.tableAttr() != null) {
            out.append(' ').append(options.tableAttr());
        }
        out.append(">\n");
        if (!tuplesOnly() && table.title() != null) {
            out.append("  <caption>");
            html(table.title());
            out.append("</caption>\n");
        }
    }

    private void htmlCell(int row, int column) {
        out.append("    <td align=\"").append(right(column) ? "right" : "left").append("\">");
        String value = cell(row, column);
        if (blank(value)) {
            out.append("&nbsp; ");
        } else {
            html(value);
        }
        out.append("</td>\n");
    }

    private void htmlFooters(List<String> footers) {
        out.append("</table>\n");
        if (!tuplesOnly() && footers != null) {
            out.append("<p>");
            for (String footer : footers) {
                html(footer);
                out.append("<br />\n");
            }
            out.append("</p>");
        }
        out.append('\n');
    }

    private void html() {
        if (segment.first()) {
            htmlTableStart();
            if (!tuplesOnly()) {
                out.append("  <tr>\n");
                for (int c = 0; c < columns; c++) {
                    out.append("    <th align=\"center\">");
                    html(header(c));
                    out.append("</th>\n");
                }
                out.append("  </tr>\n");
            }
        }
        for (int r = 0; r < rows(); r++) {
            out.append("  <tr valign=\"top\">\n");
            for (int c = 0; c < columns; c++) {
                htmlCell(r, c);
            }
            out.append("  </tr>\n");
        }
        if (segment.last()) {
            htmlFooters(footersWithDefault);
        }
    }

    private void htmlVertical() {
        if (segment.first()) {
            htmlTableStart();
        }
        long record = firstRecord();
        for (int r = 0; r < rows(); r++) {
            if (!tuplesOnly()) {
                out.append("\n  <tr><td colspan=\"2\" align=\"center\">Record ").append(record++).append("</td></tr>\n");
            } else {
                out.append("\n  <tr><td colspan=\"2\">&nbsp;</td></tr>\n");
            }
            for (int c = 0; c < columns; c++) {
                out.append("  <tr valign=\"top\">\n    <th>");
                html(header(c));
                out.append("</th>\n");
                htmlCell(r, c);
                out.append("  </tr>\n");
            }
        }
        if (segment.last()) {
            htmlFooters(ownFooters());
        }
    }

    // ---- AsciiDoc ----------------------------------------------------------------------------

    private void asciidoc(String text) {
        out.append(text.replace("|", "\\|"));
    }

    private void asciidocFrame() {
        switch (Math.min(options.border(), 3)) {
            case 0 -> out.append(",frame=\"none\",grid=\"none\"");
            case 1 -> out.append(",frame=\"none\"");
            case 2 -> out.append(",frame=\"all\",grid=\"all\"");
            default -> {
                // psql writes no frame for border 3
            }
        }
        out.append("]\n|====\n");
    }

    private void asciidocTitle() {
        out.append('\n'); // a table in a new paragraph
        if (!tuplesOnly() && table.title() != null) {
            out.append('.').append(table.title()).append('\n');
        }
    }

    private void asciidocFooters(List<String> footers) {
        if (!tuplesOnly() && footers != null) {
            out.append("\n....\n");
            for (String footer : footers) {
                out.append(footer).append('\n');
            }
            out.append("....\n");
        }
    }

    private void asciidoc() {
        if (segment.first()) {
            asciidocTitle();
            out.append('[').append(tuplesOnly() ? "" : "options=\"header\",").append("cols=\"");
            for (int c = 0; c < columns; c++) {
                out.append(c == 0 ? "" : ",").append(right(c) ? ">l" : "<l");
            }
            out.append('"');
            asciidocFrame();
            if (!tuplesOnly()) {
                for (int c = 0; c < columns; c++) {
                    out.append(c == 0 ? "" : " ").append("^l|");
                    asciidoc(header(c));
                }
                out.append('\n');
            }
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                out.append(c == 0 ? "" : " ").append('|');
                String value = cell(r, c);
                if (blank(value)) {
                    if (c + 1 < columns) {
                        out.append(' '); // no needless spaces
                    }
                } else {
                    asciidoc(value);
                }
            }
            out.append('\n');
        }
        out.append("|====\n"); // psql closes the table after every segment
        if (segment.last()) {
            asciidocFooters(footersWithDefault);
        }
    }

    private void asciidocVertical() {
        if (segment.first()) {
            asciidocTitle();
            out.append("[cols=\"h,l\"");
            asciidocFrame();
        }
        long record = firstRecord();
        for (int r = 0; r < rows(); r++) {
            out.append(tuplesOnly() ? "2+|\n" : "2+^|Record " + record++ + "\n");
            for (int c = 0; c < columns; c++) {
                out.append("<l|");
                asciidoc(header(c));
                out.append(' ').append(right(c) ? ">l" : "<l").append('|');
                String value = cell(r, c);
                if (blank(value)) {
                    out.append(' ');
                } else {
                    asciidoc(value);
                }
                out.append('\n');
            }
        }
        out.append("|====\n");
        if (segment.last()) {
            asciidocFooters(ownFooters());
        }
    }

    // ---- LaTeX -------------------------------------------------------------------------------

    /** print.c's latex_escaped_print (Scott Pakin's recommendations for ASCII). */
    private void latex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '#' -> out.append("\\#");
                case '$' -> out.append("\\$");
                case '%' -> out.append("\\%");
                case '&' -> out.append("\\&");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '\\' -> out.append("\\textbackslash{}");
                case '^' -> out.append("\\^{}");
                case '_' -> out.append("\\_");
                case '{' -> out.append("\\{");
                case '|' -> out.append("\\textbar{}");
                case '}' -> out.append("\\}");
                case '~' -> out.append("\\~{}");
                case '\n' -> out.append("\\\\");
                default -> out.append(c);
            }
        }
    }

    private void latexTitle() {
        if (!tuplesOnly() && table.title() != null) {
            out.append("\\begin{center}\n");
            latex(table.title());
            out.append("\n\\end{center}\n\n");
        }
    }

    private void latexFooters(List<String> footers) {
        out.append("\\end{tabular}\n\n\\noindent ");
        if (footers != null && !tuplesOnly()) {
            for (String footer : footers) {
                latex(footer);
                out.append(" \\\\\n");
            }
        }
        out.append('\n');
    }

    private void latex() {
        int border = Math.min(options.border(), 3);
        if (segment.first()) {
            latexTitle();
            out.append("\\begin{tabular}{");
            if (border >= 2) {
                out.append("| ");
            }
            for (int c = 0; c < columns; c++) {
                out.append(align(c));
                if (border != 0 && c < columns - 1) {
                    out.append(" | ");
                }
            }
            if (border >= 2) {
                out.append(" |");
            }
            out.append("}\n");
            if (!tuplesOnly() && border >= 2) {
                out.append("\\hline\n");
            }
            if (!tuplesOnly()) {
                for (int c = 0; c < columns; c++) {
                    out.append(c == 0 ? "" : " & ").append("\\textit{");
                    latex(header(c));
                    out.append('}');
                }
                out.append(" \\\\\n\\hline\n");
            }
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                latex(cell(r, c));
                out.append(c + 1 < columns ? " & " : " \\\\\n");
            }
            if (border == 3) {
                out.append("\\hline\n");
            }
        }
        if (segment.last()) {
            if (border == 2) {
                out.append("\\hline\n");
            }
            latexFooters(footersWithDefault);
        }
    }

    private void latexLongtable() {
        int border = Math.min(options.border(), 3);
        if (segment.first()) {
            out.append("\\begin{longtable}{");
            if (border >= 2) {
                out.append("| ");
            }
            longtableColumns();
            if (border >= 2) {
                out.append(" |");
            }
            out.append("}\n");
            if (!tuplesOnly()) {
                longtableHeads(border);
            }
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                if (c != 0) {
                    out.append("\n&\n");
                }
                out.append("\\raggedright{");
                latex(cell(r, c));
                out.append('}');
            }
            out.append(" \\tabularnewline\n");
            if (border == 3) {
                out.append(" \\hline\n");
            }
        }
        if (segment.last()) {
            out.append("\\end{longtable}\n");
        }
    }

    /** Left-aligned columns take a proportional width from {@code tableattr}, one word per column. */
    private void longtableColumns() {
        String attr = options.tableAttr();
        int next = 0;
        String last = null;
        for (int c = 0; c < columns; c++) {
            if (align(c) == 'l' && attr != null) {
                while (next < attr.length() && " \t\n".indexOf(attr.charAt(next)) >= 0) {
                    next++;
                }
                if (next < attr.length()) {
                    int end = next;
                    while (end < attr.length() && " \t\n".indexOf(attr.charAt(end)) < 0) {
                        end++;
                    }
                    last = attr.substring(next, end);
                    next = end;
                    out.append("p{").append(last).append("\\textwidth}");
                } else if (last != null) {
                    out.append("p{").append(last).append("\\textwidth}");
                } else {
                    out.append('l');
                }
            } else {
                out.append(align(c));
            }
            if (options.border() != 0 && c < columns - 1) {
                out.append(" | ");
            }
        }
    }

    private void longtableHeadRow() {
        for (int c = 0; c < columns; c++) {
            out.append(c == 0 ? "" : " & ").append("\\small\\textbf{\\textit{");
            latex(header(c));
            out.append("}}");
        }
        out.append(" \\\\\n");
    }

    private void longtableHeads(int border) {
        if (border >= 2) {
            out.append("\\toprule\n");
        }
        longtableHeadRow();
        out.append("\\midrule\n\\endfirsthead\n");
        if (border >= 2) {
            out.append("\\toprule\n");
        }
        longtableHeadRow();
        if (border != 3) {
            out.append("\\midrule\n");
        }
        out.append("\\endhead\n");
        if (table.title() != null) {
            if (border == 2) {
                out.append("\\bottomrule\n");
            }
            out.append("\\caption[");
            latex(table.title());
            out.append(" (Continued)]{");
            latex(table.title());
            out.append("}\n\\endfoot\n");
            if (border == 2) {
                out.append("\\bottomrule\n");
            }
            out.append("\\caption[");
            latex(table.title());
            out.append("]{");
            latex(table.title());
            out.append("}\n\\endlastfoot\n");
        } else if (border >= 2) {
            out.append("\\bottomrule\n\\endfoot\n\\bottomrule\n\\endlastfoot\n");
        }
    }

    private void latexVertical() {
        int border = Math.min(options.border(), 2);
        if (segment.first()) {
            latexTitle();
            out.append("\\begin{tabular}{").append(switch (border) {
                case 0 -> "cl";
                case 1 -> "c|l";
                default -> "|c|l|";
            }).append("}\n");
        }
        long record = firstRecord();
        for (int r = 0; r < rows(); r++) {
            if (!tuplesOnly()) {
                if (border == 2) {
                    out.append("\\hline\n\\multicolumn{2}{|c|}{\\textit{Record ").append(record++).append("}} \\\\\n");
                } else {
                    out.append("\\multicolumn{2}{c}{\\textit{Record ").append(record++).append("}} \\\\\n");
                }
            }
            if (border >= 1) {
                out.append("\\hline\n");
            }
            for (int c = 0; c < columns; c++) {
                latex(header(c));
                out.append(" & ");
                latex(cell(r, c));
                out.append(" \\\\\n");
            }
        }
        if (segment.last()) {
            if (border == 2) {
                out.append("\\hline\n");
            }
            latexFooters(ownFooters());
        }
    }

    // ---- troff -ms ---------------------------------------------------------------------------

    private void troff(String text) {
        out.append(text.replace("\\", "\\(rs"));
    }

    private void troffStart(int border) {
        if (!tuplesOnly() && table.title() != null) {
            out.append(".LP\n.DS C\n");
            troff(table.title());
            out.append("\n.DE\n");
        }
        out.append(".LP\n.TS\n").append(border == 2 ? "center box;\n" : "center;\n");
    }

    private void troffFooters(List<String> footers) {
        out.append(".TE\n.DS L\n");
        if (footers != null && !tuplesOnly()) {
            for (String footer : footers) {
                troff(footer);
                out.append('\n');
            }
        }
        out.append(".DE\n");
    }

    private void troff() {
        int border = Math.min(options.border(), 2);
        if (segment.first()) {
            troffStart(border);
            for (int c = 0; c < columns; c++) {
                out.append(align(c));
                if (border > 0 && c < columns - 1) {
                    out.append(" | ");
                }
            }
            out.append(".\n");
            if (!tuplesOnly()) {
                for (int c = 0; c < columns; c++) {
                    out.append(c == 0 ? "" : "\t").append("\\fI");
                    troff(header(c));
                    out.append("\\fP");
                }
                out.append("\n_\n");
            }
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns; c++) {
                troff(cell(r, c));
                out.append(c + 1 < columns ? '\t' : '\n');
            }
        }
        if (segment.last()) {
            troffFooters(footersWithDefault);
        }
    }

    private void troffVertical() {
        int border = Math.min(options.border(), 2);
        int current = 0; // 0 none, 1 header, 2 body
        if (segment.first()) {
            troffStart(border);
            if (tuplesOnly()) {
                out.append("c l;\n");
            }
        } else {
            current = 2; // rows were printed already
        }
        long record = firstRecord();
        for (int r = 0; r < rows(); r++) {
            if (!tuplesOnly()) {
                if (current != 1) {
                    if (border == 2 && record > 1) {
                        out.append("_\n");
                    }
                    if (current != 0) {
                        out.append(".T&\n");
                    }
                    out.append("c s.\n");
                    current = 1;
                }
                out.append("\\fIRecord ").append(record++).append("\\fP\n");
            }
            if (border >= 1) {
                out.append("_\n");
            }
            for (int c = 0; c < columns; c++) {
                if (!tuplesOnly() && current != 2) {
                    if (current != 0) {
                        out.append(".T&\n");
                    }
                    out.append(border != 1 ? "c l.\n" : "c | l.\n");
                    current = 2;
                }
                troff(header(c));
                out.append('\t');
                troff(cell(r, c));
                out.append('\n');
            }
        }
        if (segment.last()) {
            troffFooters(ownFooters());
        }
    }
}
