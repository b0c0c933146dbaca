package dev.ride.actor;

/** What an actor does once connected: a {@link Workload} (statements at a rate) or a {@link Hold}. */
public sealed interface Behaviour permits Workload, Hold {
}
