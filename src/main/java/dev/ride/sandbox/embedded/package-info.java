/**
 * The embedded engine: real PostgreSQL server binaries run as a child process of ride, no Docker
 * needed.
 *
 * <ul>
 *   <li>{@link dev.ride.sandbox.embedded.PostgresBinaries} finds the binaries ({@code RIDE_PG_BIN}, or
 *       the bundled archive extracted into ride's cache dir).</li>
 *   <li>{@link dev.ride.sandbox.embedded.ClusterLauncher} makes a {@link dev.ride.sandbox.embedded.SandboxDir}
 *       (with its {@link dev.ride.sandbox.embedded.SandboxMarker}) and starts {@code postgres} behind a
 *       {@link dev.ride.sandbox.embedded.Watchdog}, as {@link dev.ride.sandbox.embedded.ServerUser} (nobody
 *       when ride runs as root).</li>
 *   <li>{@link dev.ride.sandbox.embedded.EmbeddedSandbox} stops the server and deletes its directory on
 *       close and from a shutdown hook; {@link dev.ride.sandbox.embedded.LeftoverReaper} removes those of
 *       killed runs at the next start; {@link dev.ride.sandbox.embedded.EmbeddedSandboxes} lists and
 *       removes them for {@code ride sandbox}.</li>
 *   <li>Warm starts ({@link dev.ride.sandbox.WarmStart} with {@link dev.ride.sandbox.embedded.PreparedClusters}):
 *       {@link dev.ride.sandbox.embedded.PreparedDataDirs} keeps one stopped data directory
 *       per key in ride's cache dir; later runs start from a copy and set their own password.</li>
 * </ul>
 */
package dev.ride.sandbox.embedded;
