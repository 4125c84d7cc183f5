package io.deltashare.innovationvoucher.applying;

import static io.deltashare.innovationvoucher.VoucherFixtures.ALL_REGIONS;
import static io.deltashare.innovationvoucher.VoucherFixtures.aProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.as;
import static io.deltashare.innovationvoucher.VoucherFixtures.openProgram;
import static io.deltashare.innovationvoucher.VoucherFixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Parallel approvals and applications never overspend a budget or a firm's yearly cap. */
@QuarkusTest
class ConcurrentIssuanceTest {

    private static final Map<String, String> USE = Map.of("plannedUse", "XRD of catalyst powders");

    @Inject
    EntityManager entityManager;

    @Test
    void hundredParallelApprovalsAgainstABudgetForThirtySevenIssueThirtySeven() throws Exception {
        Map<String, Object> terms = aProgram("CN-JS", ALL_REGIONS);
        terms.put("totalBudget", yuan("370000.00"));
        terms.put("capPerFirmPerYear", yuan("10000000.00"));
        String program = openProgram("bureau.js", terms);
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            applications.add(as("firm.js-biomed")
                    .body(USE)
                    .post("/api/v1/voucher-programs/" + program + "/applications")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        List<Integer> statuses = inParallel(applications.stream()
                .<Callable<Integer>>map(a -> () -> as("bureau.js")
                        .post("/api/v1/voucher-applications/" + a + "/approval")
                        .then()
                        .extract()
                        .statusCode())
                .toList());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(37);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(63);
        Object[] issued = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager
                .createNativeQuery(
                        "SELECT count(*), sum(face_value_fen), (SELECT committed_fen FROM program WHERE id = ?1)"
                                + " FROM voucher WHERE program_id = ?1")
                .setParameter(1, UUID.fromString(program))
                .getSingleResult());
        assertThat(((Number) issued[0]).longValue()).isEqualTo(37);
        assertThat(((Number) issued[1]).longValue()).isEqualTo(37_000_000L).isEqualTo(((Number) issued[2]).longValue());
    }

    @Test
    void parallelApplicationsOfOneFirmStopAtItsYearlyCap() throws Exception {
        Map<String, Object> terms = aProgram("CN-JS", ALL_REGIONS);
        terms.put("capPerFirmPerYear", yuan("30000.00"));
        String program = openProgram("bureau.js", terms);
        List<Integer> statuses = inParallel(java.util.stream.IntStream.range(0, 20)
                .<Callable<Integer>>mapToObj(i -> () -> as("firm.js-biomed")
                        .body(USE)
                        .post("/api/v1/voucher-programs/" + program + "/applications")
                        .then()
                        .extract()
                        .statusCode())
                .toList());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(17);
        List<String> submitted = as("bureau.js")
                .get("/api/v1/voucher-applications?status=SUBMITTED&limit=200")
                .then()
                .extract()
                .jsonPath()
                .getList("items.findAll { it.programId == '" + program + "' }.id", String.class);
        assertThat(inParallel(submitted.stream()
                        .<Callable<Integer>>map(a -> () -> as("bureau.js")
                                .post("/api/v1/voucher-applications/" + a + "/approval")
                                .then()
                                .extract()
                                .statusCode())
                        .toList()))
                .containsOnly(200)
                .hasSize(3);
        long faceValues = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(
                                        "SELECT coalesce(sum(face_value_fen), 0) FROM voucher WHERE program_id = ?1")
                                .setParameter(1, UUID.fromString(program))
                                .getSingleResult())
                        .longValue());
        assertThat(faceValues).isEqualTo(3_000_000L);
    }

    private static List<Integer> inParallel(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
