/**
 * Warming the shell's per-statement path before the learner's first statements: the JVM runs a
 * method in its interpreter until it has been called a few hundred times, so the first 200
 * statements of a session took three times psql's round trip while the 3,000th took psql's. A
 * session started from a script or a terminal runs the same path on a second core, over a
 * connection to a stand-in backend of its own on 127.0.0.1, while the real login waits for the server.
 */
package dev.ride.shell.warm;
