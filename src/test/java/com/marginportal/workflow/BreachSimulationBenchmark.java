package com.marginportal.workflow;

/**
 * The soak variant of {@link BreachSimulationModuleIT}: more accounts over more simulated days (80 accounts, 10 days of
 * 8 steps unless -Dsimulation.accounts/.days/.steps-per-day say otherwise). Run by the bench profile only:
 * {@code ./mvnw -Pbench verify -Dit.test=BreachSimulationBenchmark [-Dsimulation.seed=N]}.
 */
class BreachSimulationBenchmark extends BreachSimulationModuleIT {

    @Override
    Settings settings() {
        return Settings.fromSystemProperties(true);
    }
}
