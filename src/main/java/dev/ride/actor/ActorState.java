package dev.ride.actor;

/** Where an actor is in its life. Only {@link #RUNNING} counts as alive. */
public enum ActorState {
    /** not started yet, or waiting for the actor named in {@code after:} */
    WAITING,
    /** at least one of its connections is up */
    RUNNING,
    /** terminated, and reconnecting after its delay */
    RECONNECTING,
    /** terminated with {@code on_terminate: gone}, or could not connect: it will not come back */
    GONE,
    /** stopped by ride (exit or :reset) */
    STOPPED
}
