package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The derived measures on their boundaries: exactly at the target, just beside it, and missing inputs.
 */
class MeasuresTest {

    @Test
    void attainmentAtAndBesideTheTarget() {
        BigDecimal target = new BigDecimal("0.9");
        assertThat(Measures.attained("GTE", target, new BigDecimal("0.900000"))).isTrue();
        assertThat(Measures.attained("GTE", target, new BigDecimal("0.899999"))).isFalse();
        assertThat(Measures.attained("GT", target, new BigDecimal("0.9"))).isFalse();
        assertThat(Measures.attained("LTE", new BigDecimal("492"), new BigDecimal("492"))).isTrue();
        assertThat(Measures.attained("LT", new BigDecimal("492"), new BigDecimal("492"))).isFalse();
        assertThat(Measures.attained("EQ", new BigDecimal("1"), new BigDecimal("1.00"))).isTrue();
        assertThat(Measures.attained(null, target, target)).isNull();
        assertThat(Measures.attained("GTE", null, target)).isNull();
    }

    @Test
    void ratiosAreNullNotZeroWhenAnInputIsMissing() {
        assertThat(Measures.costPer(new BigDecimal("3495700.00"), null)).isNull();
        assertThat(Measures.costPer(null, new BigDecimal("328010"))).isNull();
        assertThat(Measures.executionRate(new BigDecimal("1"), BigDecimal.ZERO)).isNull();
        assertThat(Measures.finalBudget(null, new BigDecimal("-570800.00"))).isNull();
        assertThat(Measures.fundsReceivedRate(new BigDecimal("4735400.00"), null)).isNull();
        assertThat(Measures.rate(new BigDecimal("5932"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void statedRatesRecomputedFromTheirParts() {
        assertThat(Measures.fundsReceivedRate(new BigDecimal("4735400.00"), new BigDecimal("4735400.00")))
                .isEqualByComparingTo("1");
        assertThat(Measures.rate(new BigDecimal("33"), new BigDecimal("35")).doubleValue())
                .isCloseTo(0.942857, offset(0.0000005));
    }

    @Test
    void workedExamplesOfTheDesign() {
        assertThat(Measures.overrunRatio(new BigDecimal("610500.00"), new BigDecimal("542000.00")).doubleValue())
                .isCloseTo(0.1264, offset(0.00005));
        assertThat(Measures.executionRate(new BigDecimal("9104600.00"),
                Measures.finalBudget(new BigDecimal("9870900.00"), new BigDecimal("-570800.00"))).doubleValue())
                .isCloseTo(0.9790, offset(0.00005));
        assertThat(Measures.costPer(new BigDecimal("3495700.00"), new BigDecimal("328010")).doubleValue())
                .isCloseTo(10.66, offset(0.005));
    }
}
