package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/**
 * An evaluation's indicator tree for the checks. Indicators marked not applicable take no part in sums. A node's
 * effective score (or weight) is the stated one, or, where none is stated, the sum of its applicable children's
 * effective scores when every one of them has one; reports often state a value only at one level (Huainan states
 * the level-1 weights and the level-3 scores).
 */
final class IndicatorTree {

    private final List<Indicator> indicators;
    private final Map<Long, Indicator> byId = new HashMap<>();
    private final Map<Long, List<Indicator>> children = new HashMap<>();
    private final List<Indicator> roots = new ArrayList<>();

    IndicatorTree(List<Indicator> indicators) {
        this.indicators = indicators;
        for (Indicator indicator : indicators) {
            byId.put(indicator.id(), indicator);
            if (indicator.parentId() == null) {
                roots.add(indicator);
            } else {
                children.computeIfAbsent(indicator.parentId(), parent -> new ArrayList<>()).add(indicator);
            }
        }
    }

    /** Every indicator in report order. */
    List<Indicator> all() {
        return indicators;
    }

    /** The applicable level-1 indicators. */
    List<Indicator> roots() {
        return roots.stream().filter(root -> !root.notApplicable()).toList();
    }

    /** The applicable children of an indicator. */
    List<Indicator> children(Indicator parent) {
        return children.getOrDefault(parent.id(), List.of()).stream().filter(child -> !child.notApplicable()).toList();
    }

    Indicator parent(Indicator child) {
        return child.parentId() == null ? null : byId.get(child.parentId());
    }

    BigDecimal effectiveScore(Indicator indicator) {
        return effective(indicator, Indicator::score);
    }

    BigDecimal effectiveWeight(Indicator indicator) {
        return effective(indicator, Indicator::weight);
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

    private BigDecimal effective(Indicator indicator, Function<Indicator, BigDecimal> stated) {
        BigDecimal value = stated.apply(indicator);
        return value != null ? value : sumOf(children(indicator), child -> effective(child, stated));
    }
}
