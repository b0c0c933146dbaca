/**
 * Which engine {@code --engine} names ({@link dev.ride.sandbox.choice.Engines}). It is the one place that
 * knows every engine, so it sits outside them: {@code sandbox.docker} and {@code sandbox.embedded}
 * import {@code sandbox}, and nothing in {@code sandbox} imports them.
 */
package dev.ride.sandbox.choice;
