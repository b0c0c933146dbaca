package dev.ride.cli;

import java.io.File;
import java.io.IOException;

import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the AsciiDoc sources of ride's man pages with picocli's {@link ManPageGenerator}: {@code ride.adoc}
 * and one page per subcommand ({@code ride-postgres-start.adoc}, ...), from the same command tree
 * that parses the arguments, so the pages never drift from the options. The dist profile runs it at
 * build time and asciidoctor turns the pages into roff; it lives with the tests because picocli-codegen
 * is a build-time tool and never ships in the jar.
 */
public final class ManPages {

    private ManPages() {
    }

    /** {@code ManPages OUTDIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ManPages OUTDIR");
            System.exit(2);
        }
        System.exit(write(new File(args[0])));
    }

    static int write(File outdir) throws IOException {
        // the whole tree ("--help" takes the branch that adds every subcommand)
        var ride = RideCommand.commandLine("--help").getCommandSpec();
        return ManPageGenerator.generateManPage(outdir, null, new boolean[0], true, ride);
    }
}
