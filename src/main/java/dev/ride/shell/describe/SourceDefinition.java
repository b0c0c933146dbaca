package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import dev.ride.sql.SqlQuoting;
import java.io.PrintWriter;

/**
 * {@code \sf[+] FUNCDESC} and {@code \sv[+] VIEWNAME}: psql 15's exec_command_sf_sv. The name is
 * looked up as regproc (regprocedure when it has an argument list) or regclass, so the server's
 * own error says what is wrong with it; the definition is pg_get_functiondef's, or a CREATE OR
 * REPLACE VIEW built as psql builds it. With {@code +}, lines are numbered from the function's
 * body (psql's print_with_linenumbers).
 */
public final class SourceDefinition {

    private final Describe describe;

    public SourceDefinition(Describe describe) {
        this.describe = describe;
    }

    public void function(String description, boolean lineNumbers) throws Failure {
        if (description == null) {
            describe.complain("function name is required");
        }
        print(functionDefinition(description), lineNumbers, true);
    }

    /** pg_get_functiondef of the function {@code description} names (psql's get_create_object_cmd). */
    public String functionDefinition(String description) throws Failure {
        String type = description.indexOf('(') >= 0 ? "regprocedure" : "regproc";
        String oid = lookup(description, type);
        return describe.run("SELECT pg_catalog.pg_get_functiondef(" + oid + ")").value(0, 0);
    }

    public void view(String description, boolean lineNumbers) throws Failure {
        if (description == null) {
            describe.complain("view name is required");
        }
        print(viewDefinition(description), lineNumbers, false);
    }

    /** A CREATE OR REPLACE VIEW for the view {@code description} names, as psql builds it. */
    public String viewDefinition(String description) throws Failure {
        String oid = lookup(description, "regclass");
        // psql quotes the names with fmtId; quote_ident follows the same rule
        CatalogQuery.Result view = describe.run("SELECT pg_catalog.quote_ident(nspname), pg_catalog.quote_ident(relname), "
                + "relkind, pg_catalog.pg_get_viewdef(c.oid, true), "
                + "pg_catalog.array_remove(pg_catalog.array_remove(c.reloptions,'check_option=local'),"
                + "'check_option=cascaded') AS reloptions, "
                + "CASE WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text "
                + "WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text ELSE NULL END AS checkoption "
                + "FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid "
                + "WHERE c.oid = " + oid);
        if (!"v".equals(view.value(0, 2))) {
            describe.complain("\"" + view.value(0, 0) + "." + view.value(0, 1) + "\" is not a view");
        }
        StringBuilder text = new StringBuilder("CREATE OR REPLACE VIEW ").append(view.value(0, 0)).append('.')
                .append(view.value(0, 1));
        String options = view.value(0, 4);
        if (options != null && options.length() > 2) {
            // psql's appendReloptionsArray: each value as a string literal
            StringBuilder list = new StringBuilder();
            for (String option : options.substring(1, options.length() - 1).split(",")) {
                int eq = option.indexOf('=');
                list.append(list.length() == 0 ? "" : ", ").append(option, 0, eq + 1)
                        .append(SqlQuoting.literal(option.substring(eq + 1)));
            }
            text.append("\n WITH (").append(list).append(')');
        }
        text.append(" AS\n").append(view.value(0, 3));
        if (text.charAt(text.length() - 1) == ';') {
            text.setLength(text.length() - 1);
        }
        String check = view.value(0, 5);
        if (check != null && !check.isEmpty()) {
            text.append("\n WITH ").append(check).append(" CHECK OPTION");
        }
        return text.toString();
    }

    private String lookup(String description, String type) throws Failure {
        // psql's minimal_error_message: the server's first line only
        return describe.runBriefError("SELECT " + SqlQuoting.literal(description) + "::pg_catalog." + type
                + "::pg_catalog.oid").value(0, 0);
    }

    private void print(String definition, boolean lineNumbers, boolean function) {
        PrintWriter out = describe.output().results();
        if (!lineNumbers) {
            out.print(definition);
            if (!definition.endsWith("\n")) {
                out.print('\n');
            }
        } else {
            boolean header = function;
            int lineNumber = 0;
            String[] lines = definition.split("\n", -1);
            int count = definition.endsWith("\n") ? lines.length - 1 : lines.length;
            for (int i = 0; i < count; i++) {
                String line = lines[i];
                if (header && (line.startsWith("AS ") || line.startsWith("BEGIN ") || line.startsWith("RETURN "))) {
                    header = false;
                }
                if (header) {
                    out.print("        " + line + "\n");
                } else {
                    lineNumber++;
                    out.print(String.format("%-7d %s%n", lineNumber, line).replace(System.lineSeparator(), "\n"));
                }
            }
        }
        out.flush();
    }
}
