package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/**
 * An evaluation's indicator tree for the checks. Indicators marked not applicable take no part in sums. A node's
 * effective score (or weight) is the stated one, or, where none is stated, the sum of its applicable children's
 * effective scores when every one of them has one; reports often state a value only at one level (Huainan states
 * the level-1 weights and the level-3 scores). Built once per evaluation; effective values are computed once.
 */
final class IndicatorTree {

    private final List<Indicator> indicators;
    private final Map<Long, List<Indicator>> applicableChildren = new HashMap<>();
    private final List<Indicator> applicableRoots = new ArrayList<>();
    private final Map<Long, Optional<BigDecimal>> scores = new HashMap<>();
    private final Map<Long, Optional<BigDecimal>> weights = new HashMap<>();

    IndicatorTree(List<Indicator> indicators) {
        this.indicators = indicators;
        for (Indicator indicator : indicators) {
            if (indicator.notApplicable()) {
                continue;
            }
            if (indicator.parentId() == null) {
                applicableRoots.add(indicator);
            } else {
                applicableChildren.computeIfAbsent(indicator.parentId(), parent -> new ArrayList<>()).add(indicator);
            }
        }
    }

    /** Every indicator in report order. */
    List<Indicator> all() {
        return indicators;
    }

    /** The applicable level-1 indicators. */
    List<Indicator> roots() {
        return applicableRoots;
    }

    /** The applicable children of an indicator. */
    List<Indicator> children(Indicator parent) {
        return applicableChildren.getOrDefault(parent.id(), List.of());
    }

    BigDecimal effectiveScore(Indicator indicator) {
        return effective(indicator, Indicator::score, scores);
    }

    BigDecimal effectiveWeight(Indicator indicator) {
        return effective(indicator, Indicator::weight, weights);
    }

    /** The sum of the parts' effective values, or null when a part has none (or there are no parts). */
    static BigDecimal sumOf(List<Indicator> parts, Function<Indicator, BigDecimal> effective) {
        if (parts.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator part : parts) {
            BigDecimal value = effective.apply(part);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private BigDecimal effective(Indicator indicator, Function<Indicator, BigDecimal> stated,
                                 Map<Long, Optional<BigDecimal>> known) {
        BigDecimal value = stated.apply(indicator);
        if (value != null) {
            return value;
        }
        Optional<BigDecimal> remembered = known.get(indicator.id());
        if (remembered == null) {
            remembered = Optional.ofNullable(sumOf(children(indicator), child -> effective(child, stated, known)));
            known.put(indicator.id(), remembered);
        }
        return remembered.orElse(null);
    }
}
