package org.hotlineperf.synthetic;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The grade bands as read from {@code grade_band}, so that the grade a synthetic report states follows the
 * single definition of the grades instead of a second copy of the thresholds.
 */
record GradeScale(List<Band> bands) {

    /** A band: min_score inclusive, max_score exclusive, no upper bound for the top band. */
    record Band(String grade, String nameZh, BigDecimal minScore, BigDecimal maxScore) {
    }

    GradeScale {
        bands = bands.stream().sorted(Comparator.comparing(Band::minScore).reversed()).toList();
    }

    Band of(BigDecimal score) {
        return bands.stream()
                .filter(band -> score.compareTo(band.minScore()) >= 0
                        && (band.maxScore() == null || score.compareTo(band.maxScore()) < 0))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no grade band holds the score " + score));
    }
}
