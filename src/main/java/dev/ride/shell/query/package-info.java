/**
 * Sending SQL and taking its results in: {@link dev.ride.shell.query.QueryRunner} picks how
 * (whole through {@code SqlRunner}, as psql, in one round trip; FETCH_COUNT batches through
 * {@code FetchCountQuery}; or, inside the learner's transaction, streamed through
 * {@code StreamedQuery} with a {@code BatchWorker}),
 * {@link dev.ride.shell.query.ResultPrinter} prints or stores each result, and
 * {@link dev.ride.shell.query.CopyTransfer} moves COPY data. A package of its own because this is
 * where the JDBC driver is used at the protocol level, and where memory and speed are decided.
 */
package dev.ride.shell.query;
