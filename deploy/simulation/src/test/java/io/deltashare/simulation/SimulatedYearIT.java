package io.deltashare.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The simulated year at 1 % of the published volume, in every build: the whole system started like the local run,
 * 400 instruments and 10 providers more, 24 firms, 11 development orders, 2023 played month by month through the
 * REST API, and the public indicators must equal the plan to the fen (deploy/simulation/run plays 100 %).
 */
class SimulatedYearIT {

    @Test
    void theIndicatorsOfTheSimulatedYearAreExactlyThePlansAtOnePercent() throws Exception {
        Path repo = Path.of(System.getProperty("testkit.repo-root", "../.."))
                .toAbsolutePath()
                .normalize();
        Path report = Path.of(System.getProperty("simulation.report", "target/simulation/year-2023-1pct.md"));

        SimulatedYear.Outcome outcome =
                SimulationRun.run(repo, 1, 4, false, line -> System.out.println("[simulation] " + line), report);

        assertThat(outcome.figures())
                .extracting(SimulatedYear.Figure::name, SimulatedYear.Figure::actual)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("firms that applied (申领企业数)", "24"),
                        org.assertj.core.groups.Tuple.tuple("cross-region services bought (跨区域购买服务)", "1460000.00"),
                        org.assertj.core.groups.Tuple.tuple("amount cashed (创新券兑付金额)", "396800.00"));
        assertThat(outcome.figures()).allMatch(SimulatedYear.Figure::matches, "equals the plan");
    }
}
