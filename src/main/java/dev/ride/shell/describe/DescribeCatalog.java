package dev.ride.shell.describe;

import dev.ride.shell.describe.Describe.Failure;
import dev.ride.shell.ShellOutput;

/**
 * The catalog as the describe commands ask it: a query whose failure is printed as the server
 * said it and ends the command, and the shell's own complaints, which end it too.
 */
public final class DescribeCatalog {

    private final CatalogQuery catalog;
    private final ShellOutput output;

    DescribeCatalog(CatalogQuery catalog, ShellOutput output) {
        this.catalog = catalog;
        this.output = output;
    }

    CatalogQuery.Result query(String sql) throws Failure {
        try {
            return catalog.run(sql);
        } catch (CatalogQuery.Failed e) {
            output.server(e.getMessage());
            throw new Failure(e.getMessage().lines().findFirst().orElse(""));
        }
    }

    CatalogQuery.Result queryBriefError(String sql) throws Failure {
        try {
            return catalog.run(sql);
        } catch (CatalogQuery.Failed e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            output.error(first);
            throw new Failure(first);
        }
    }

    /** Prints {@code message} as psql's error and ends the command. */
    void fail(String message) throws Failure {
        output.error(message);
        throw new Failure(message);
    }
}
