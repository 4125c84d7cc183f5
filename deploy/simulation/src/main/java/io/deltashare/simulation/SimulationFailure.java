package io.deltashare.simulation;

/** The simulated year could not be played as planned: what was asked and what the system answered. */
public final class SimulationFailure extends RuntimeException {

    public SimulationFailure(String message) {
        super(message);
    }
}
