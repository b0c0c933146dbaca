package dev.ride.shell.meta;

import dev.ride.shell.describe.AccessMethodLists;
import dev.ride.shell.describe.Describe;
import dev.ride.shell.describe.ExtensionContents;
import dev.ride.shell.describe.ForeignTableLists;
import dev.ride.shell.describe.FunctionLists;
import dev.ride.shell.describe.ObjectLists;
import dev.ride.shell.describe.PartitionedLists;
import dev.ride.shell.describe.PublicationDetails;
import dev.ride.shell.describe.ServerObjectLists;
import dev.ride.shell.describe.SourceDefinition;
import dev.ride.shell.describe.TextSearchLists;
import dev.ride.shell.describe.TypeLists;
import dev.ride.shell.meta.Command.Call;
import dev.ride.shell.meta.Command.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The describe commands beyond {@code \d} and its relation lists, as psql 15's command.c reads
 * them: the letters after the command choose the list, {@code S} adds system objects, {@code +}
 * the verbose columns, and one or two patterns follow. The queries live in the describe package.
 */
final class DescribeCommands {

    static final List<Command> COMMANDS = List.of(
            command("\\dA[+]  [PATTERN]", "list access methods", "dA\\+?", List.of("\\dA"),
                    (context, call) -> describe(context, d -> new AccessMethodLists(d)
                            .accessMethods(call.arguments().next(), verbose(call)))),
            command("\\dAc[+] [AMPTRN [TYPEPTRN]]", "list operator classes", "dAc\\+?", List.of("\\dAc"),
                    (context, call) -> twoPatterns(context, call, (d, first, second) -> new AccessMethodLists(d)
                            .operatorClasses(first, second, verbose(call)))),
            command("\\dAf[+] [AMPTRN [TYPEPTRN]]", "list operator families", "dAf\\+?", List.of("\\dAf"),
                    (context, call) -> twoPatterns(context, call, (d, first, second) -> new AccessMethodLists(d)
                            .operatorFamilies(first, second, verbose(call)))),
            command("\\dAo[+] [AMPTRN [OPFPTRN]]", "list operators of operator families", "dAo\\+?",
                    List.of("\\dAo"), (context, call) -> twoPatterns(context, call, (d, first, second) ->
                            new AccessMethodLists(d).familyOperators(first, second, verbose(call)))),
            command("\\dAp[+] [AMPTRN [OPFPTRN]]", "list support functions of operator families", "dAp\\+?",
                    List.of("\\dAp"), (context, call) -> twoPatterns(context, call, (d, first, second) ->
                            new AccessMethodLists(d).familyFunctions(first, second, verbose(call)))),
            command("\\dP[itn+] [PATTERN]", "list [only index/table] partitioned relations [n=nested]",
                    "dP[itn+]*", List.of("\\dP"), (context, call) -> describe(context, d -> new PartitionedLists(d)
                            .list(call.name().substring(2), call.arguments().next(), verbose(call)))),
            command("\\da[S]  [PATTERN]", "list aggregates", "daS?", List.of("\\da"),
                    (context, call) -> describe(context, d -> new FunctionLists(d)
                            .aggregates(call.arguments().next(), system(call)))),
            command("\\df[anptw][S+] [FUNCPTRN [TYPEPTRN ...]]",
                    "list [only agg/normal/procedure/trigger/window] functions", "df([anptwS+]\\S*)?",
                    List.of("\\df", "\\df+"), (context, call) -> {
                        String pattern = call.arguments().next();
                        List<String> types = pattern == null ? List.of() : arguments(call, 100);
                        return describe(context, d -> new FunctionLists(d).functions(call.name().substring(2),
                                pattern, types, verbose(call), system(call)));
                    }),
            command("\\do[S+]  [OPPTRN [TYPEPTRN [TYPEPTRN]]]", "list operators", "do[S+]*", List.of("\\do"),
                    (context, call) -> {
                        String pattern = call.arguments().next();
                        List<String> types = pattern == null ? List.of() : arguments(call, 2);
                        return describe(context, d -> new TypeLists(d).operators(pattern, types, verbose(call),
                                system(call)));
                    }),
            command("\\dT[S+] [PATTERN]", "list data types", "dT[S+]*", List.of("\\dT"),
                    (context, call) -> describe(context, d -> new TypeLists(d)
                            .types(call.arguments().next(), verbose(call), system(call)))),
            command("\\dc[S+] [PATTERN]", "list conversions", "dc[S+]*", List.of("\\dc"),
                    (context, call) -> describe(context, d -> new ObjectLists(d)
                            .conversions(call.arguments().next(), verbose(call), system(call)))),
            command("\\dconfig[+] [PATTERN]", "list configuration parameters", "dconfig[S+]*",
                    List.of("\\dconfig"), (context, call) -> describe(context, d -> new ObjectLists(d)
                            .settings(call.arguments().next(), verbose(call)))),
            command("\\dd[S]  [PATTERN]", "show object descriptions not displayed elsewhere", "dd[S+]*",
                    List.of("\\dd"), (context, call) -> describe(context, d -> new ObjectLists(d)
                            .descriptions(call.arguments().next(), system(call)))),
            command("\\dp     [PATTERN]", "list table, view, and sequence access privileges", "dp[S+]*|z",
                    List.of("\\dp", "\\z"), (context, call) -> describe(context, d -> new ObjectLists(d)
                            .privileges(call.arguments().next()))),
            command("\\db[+]  [PATTERN]", "list tablespaces", "db[S+]*", List.of("\\db"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .tablespaces(call.arguments().next(), verbose(call)))),
            command("\\dC[+]  [PATTERN]", "list casts", "dC[S+]*", List.of("\\dC"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .casts(call.arguments().next(), verbose(call)))),
            command("\\dD[S+] [PATTERN]", "list domains", "dD[S+]*", List.of("\\dD"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .domains(call.arguments().next(), verbose(call), system(call)))),
            command("\\ddp    [PATTERN]", "list default privileges", "ddp[S+]*", List.of("\\ddp"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .defaultPrivileges(call.arguments().next()))),
            command("\\des[+] [PATTERN]", "list foreign servers", "des[S+]*", List.of("\\des"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .foreignServers(call.arguments().next(), verbose(call)))),
            command("\\det[+] [PATTERN]", "list foreign tables", "det[S+]*", List.of("\\det"),
                    (context, call) -> describe(context, d -> new ForeignTableLists(d)
                            .foreignTables(call.arguments().next(), verbose(call)))),
            command("\\deu[+] [PATTERN]", "list user mappings", "deu[S+]*", List.of("\\deu"),
                    (context, call) -> describe(context, d -> new ForeignTableLists(d)
                            .userMappings(call.arguments().next(), verbose(call)))),
            command("\\dew[+] [PATTERN]", "list foreign-data wrappers", "dew[S+]*", List.of("\\dew"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .foreignDataWrappers(call.arguments().next(), verbose(call)))),
            command("\\dl[+]", "list large objects, same as \\lo_list", "dl[S+]*", List.of("\\dl"),
                    (context, call) -> {
                        arguments(call, 1); // psql reads a pattern for every \\d command; \\dl ignores it
                        return describe(context, d -> new ExtensionContents(d).largeObjects(verbose(call)));
                    }),
            new Command("Large Objects", "\\lo_list[+]", "list large objects", Pattern.compile("lo_list\\+?"),
                    List.of("\\lo_list"), (context, call) -> {
                        arguments(call, 2); // psql's \\lo_ commands read two arguments, whichever it is
                        return describe(context, d -> new ExtensionContents(d).largeObjects(verbose(call)));
                    }),
            command("\\dL[S+] [PATTERN]", "list procedural languages", "dL[S+]*", List.of("\\dL"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .languages(call.arguments().next(), verbose(call), system(call)))),
            command("\\dO[S+] [PATTERN]", "list collations", "dO[S+]*", List.of("\\dO"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .collations(call.arguments().next(), verbose(call), system(call)))),
            command("\\drds [ROLEPTRN [DBPTRN]]", "list per-database role settings", "drds", List.of("\\drds"),
                    (context, call) -> twoPatterns(context, call, (d, role, database) -> new ServerObjectLists(d)
                            .roleSettings(role, database))),
            command("\\dRp[+] [PATTERN]", "list replication publications", "dRp\\+?", List.of("\\dRp"),
                    (context, call) -> describe(context, d -> {
                        if (verbose(call)) {
                            new PublicationDetails(d).describe(call.arguments().next());
                        } else {
                            new ServerObjectLists(d).publications(call.arguments().next());
                        }
                    })),
            command("\\dRs[+] [PATTERN]", "list replication subscriptions", "dRs\\+?", List.of("\\dRs"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .subscriptions(call.arguments().next(), verbose(call)))),
            command("\\dX     [PATTERN]", "list extended statistics", "dX[S+]*", List.of("\\dX"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .extendedStatistics(call.arguments().next()))),
            command("\\dy[+]  [PATTERN]", "list event triggers", "dy[S+]*", List.of("\\dy"),
                    (context, call) -> describe(context, d -> new ServerObjectLists(d)
                            .eventTriggers(call.arguments().next(), verbose(call)))),
            command("\\dF[+]  [PATTERN]", "list text search configurations", "dF\\+?", List.of("\\dF"),
                    (context, call) -> describe(context, d -> new TextSearchLists(d)
                            .configurations(call.arguments().next(), verbose(call)))),
            command("\\dFd[+] [PATTERN]", "list text search dictionaries", "dFd\\+?", List.of("\\dFd"),
                    (context, call) -> describe(context, d -> new TextSearchLists(d)
                            .dictionaries(call.arguments().next(), verbose(call)))),
            command("\\dFp[+] [PATTERN]", "list text search parsers", "dFp\\+?", List.of("\\dFp"),
                    (context, call) -> describe(context, d -> new TextSearchLists(d)
                            .parsers(call.arguments().next(), verbose(call)))),
            command("\\dFt[+] [PATTERN]", "list text search templates", "dFt\\+?", List.of("\\dFt"),
                    (context, call) -> describe(context, d -> new TextSearchLists(d)
                            .templates(call.arguments().next(), verbose(call)))),
            command("\\sf[+]  FUNCNAME", "show a function's definition", "sf\\+?", List.of("\\sf"),
                    (context, call) -> describe(context, d -> new SourceDefinition(d)
                            .function(wholeLine(call), verbose(call)))),
            command("\\sv[+]  VIEWNAME", "show a view's definition", "sv\\+?", List.of("\\sv"),
                    (context, call) -> describe(context, d -> new SourceDefinition(d)
                            .view(wholeLine(call), verbose(call)))));

    private DescribeCommands() {
    }

    private interface TwoPatterns {
        void run(Describe describe, String first, String second) throws Describe.Failure;
    }

    private static Result describe(MetaContext context, CommandTable.DescribeAction action) {
        return CommandTable.runDescribe(context, action);
    }

    /** psql reads both patterns before it runs the query, so a missing first one leaves both null. */
    private static Result twoPatterns(MetaContext context, Call call, TwoPatterns action) {
        String first = call.arguments().next();
        String second = first == null ? null : call.arguments().next();
        return CommandTable.runDescribe(context, d -> action.run(d, first, second));
    }

    /** Up to {@code max} more arguments, as psql collects the type patterns of \\df and \\do. */
    private static List<String> arguments(Call call, int max) {
        List<String> read = new ArrayList<>();
        String argument;
        while (read.size() < max && (argument = call.arguments().next()) != null) {
            read.add(argument);
        }
        return read;
    }

    /** psql's OT_WHOLE_LINE: the rest of the line as typed, or null when there is none. */
    private static String wholeLine(Call call) {
        String rest = call.arguments().rest().strip();
        return rest.isEmpty() ? null : rest;
    }

    static boolean verbose(Call call) {
        return call.name().indexOf('+') >= 0;
    }

    static boolean system(Call call) {
        return call.name().indexOf('S') >= 0;
    }

    private static Command command(String usage, String description, String names, List<String> completions,
                                   Command.Handler handler) {
        return new Command("Informational", usage, description, Pattern.compile(names), completions, handler);
    }
}
