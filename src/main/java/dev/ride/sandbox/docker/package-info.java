/**
 * The Docker engine: PostgreSQL in a container through docker-java (core + Apache HttpClient 5
 * transport).
 *
 * <ul>
 *   <li>{@link dev.ride.sandbox.docker.DockerDaemon} connects (DOCKER_HOST and the usual Docker
 *       config) and negotiates the API version from the daemon's {@code /version}
 *       ({@link dev.ride.sandbox.docker.ApiVersions}).</li>
 *   <li>{@link dev.ride.sandbox.docker.DockerEngine} runs an image the daemon already has, never
 *       pulling one ({@link dev.ride.sandbox.docker.ImageNotLocalException});
 *       {@link dev.ride.sandbox.docker.ContainerLauncher} creates the container
 *       ({@link dev.ride.sandbox.docker.ContainerSpec}, labels from {@link dev.ride.sandbox.docker.RideLabels})
 *       and waits for a real login ({@link dev.ride.sandbox.docker.Readiness}).</li>
 *   <li>{@link dev.ride.sandbox.docker.DockerSandbox} removes its container on close and from a shutdown
 *       hook; {@link dev.ride.sandbox.docker.DockerReaper} removes those of killed runs at the next start;
 *       {@link dev.ride.sandbox.docker.DockerSandboxes} lists and removes them for {@code ride sandbox}.</li>
 *   <li>Warm starts ({@link dev.ride.sandbox.WarmStart} with {@link dev.ride.sandbox.docker.PreparedImageStorage}):
 *       {@link dev.ride.sandbox.docker.PreparedImages} keeps one image per (base image id,
 *       scenario fingerprint), committed from the scenario's first run with its cluster at
 *       {@link dev.ride.sandbox.docker.ContainerSpec#PREPARED_PGDATA}; later runs start that image and set
 *       their own password. {@code RIDE_TRACE_START=1} prints the time of each start step
 *       ({@link dev.ride.sandbox.docker.StartTrace}).</li>
 *   <li>{@link dev.ride.sandbox.docker.DockerEngines} is what {@code --engine docker} and {@code auto} call
 *       (from {@link dev.ride.sandbox.choice.Engines}).</li>
 * </ul>
 */
package dev.ride.sandbox.docker;
