package org.hotlineperf.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Operating figures of the seed reports (calls, tickets, rates with numerator and denominator), read back
 * through the project repository.
 */
@SpringBootTest
class SeedOperatingMetricTest {

    @Autowired
    ProjectRepository repository;

    @Autowired
    SeedProjects projects;

    @Test
    void changdeCallsAnsweredAndTicketsPerYear() {
        long changde = projects.idOf("changde-mayor-hotline");
        List<OperatingMetric> metrics = repository.operatingMetrics(List.of(changde), null).get(changde);

        assertThat(metrics).filteredOn(metric -> metric.metric().equals("CALLS_ANSWERED"))
                .extracting(metric -> metric.periodStart().getYear(), metric -> metric.value().intValueExact())
                .containsExactly(tuple(2018, 96433), tuple(2019, 105125), tuple(2020, 328010));
        assertThat(repository.operatingMetrics(List.of(changde), 2020).get(changde))
                .filteredOn(metric -> metric.metric().equals("TICKETS_CLOSED"))
                .extracting(metric -> metric.value().intValueExact())
                .containsExactly(153596);
        assertThat(metrics).filteredOn(metric -> metric.metric().equals("CLOSURE_RATE")
                        && metric.periodStart().getYear() == 2018)
                .singleElement().satisfies(rate -> {
                    assertThat(rate.value()).isEqualByComparingTo("1");
                    assertThat(rate.numerator()).isEqualByComparingTo("5932");
                    assertThat(rate.denominator()).isEqualByComparingTo("5932");
                });
        assertThat(metrics).filteredOn(metric -> metric.metric().equals("CONNECTION_RATE"))
                .singleElement().satisfies(rate -> {
                    assertThat(rate.value()).isEqualByComparingTo("0.9744");
                    assertThat(rate.periodStart()).hasToString("2020-09-01");
                });
    }

    @Test
    void fuminTicketsAndRates() {
        long fumin = projects.idOf("fumin-hotline-handling");

        assertThat(repository.operatingMetrics(List.of(fumin), 2025).get(fumin))
                .extracting(OperatingMetric::metric, metric -> metric.value().stripTrailingZeros().toPlainString(),
                        OperatingMetric::text)
                .containsExactly(
                        tuple("TICKETS_HANDLED", "3794", null),
                        tuple("TIMELY_ACCEPTANCE_RATE", "1", null),
                        tuple("ON_TIME_CLOSURE_RATE", "1", null),
                        tuple("SATISFACTION_RATE", "0.95", "95%以上"));
    }
}
