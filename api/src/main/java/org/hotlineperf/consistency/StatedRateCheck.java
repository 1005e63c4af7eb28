package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hotlineperf.analytics.Measures;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;
import org.hotlineperf.consistency.EvaluationFacts.MetricRate;
import org.hotlineperf.consistency.EvaluationFacts.StatedRate;

/**
 * STATED_RATE_CONTRADICTS_FIGURES: a rate the report states that its own numerator and denominator contradict. The
 * budget execution and funds received rates it states about its money (for a year, or for the whole period) are
 * recomputed from its ledger by {@link Measures}; a stated score rate (得分率) from score and weight; an operating
 * rate from the numerator and denominator stated with it. A rate agrees when the recomputed one, rounded or cut
 * to the decimals the stated rate is printed with, equals it: Jiangmen prints 94.28% for 33 / 35 (94.2857%).
 */
final class StatedRateCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.STATED_RATE_CONTRADICTS_FIGURES;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        facts.statedRates().forEach(rate -> moneyRate(facts, rate, flags));
        for (Indicator indicator : facts.indicators()) {
            BigDecimal computed = Measures.scoreRate(indicator.score(), indicator.weight());
            if (!indicator.notApplicable() && indicator.statedScoreRate() != null && computed != null
                    && !agrees(indicator.statedScoreRate(), computed)) {
                flags.add(facts.flag(code(), FlagSeverity.ERROR, facts.evaluationYear(), indicator.id(),
                        "“" + indicator.name() + "”: the stated score rate " + Figures.percent(indicator.statedScoreRate())
                                + " contradicts its score " + Figures.points(indicator.score()) + " of "
                                + Figures.points(indicator.weight()) + " (" + Figures.percent(computed) + ").",
                        "“" + indicator.name() + "”所列得分率" + Figures.percent(indicator.statedScoreRate()) + "，与得分"
                                + Figures.points(indicator.score()) + "分/分值" + Figures.points(indicator.weight())
                                + "分（" + Figures.percent(computed) + "）不符。",
                        List.of(Evidence.rate("statedRate", indicator.statedScoreRate()),
                                Evidence.rate("computedRate", computed),
                                Evidence.points("score", indicator.score()),
                                Evidence.points("weight", indicator.weight()))));
            }
        }
        facts.metricRates().forEach(metric -> metricRate(facts, metric, flags));
        return flags;
    }

    private void moneyRate(EvaluationFacts facts, StatedRate rate, List<FoundFlag> flags) {
        LedgerYear ledger = rate.fiscalYear() == null ? facts.wholePeriod() : facts.ledgerYear(rate.fiscalYear());
        if (ledger == null) {
            return;
        }
        BigDecimal finalBudget = Measures.finalBudget(ledger.initialBudget(), ledger.adjustmentTotal());
        boolean execution = rate.measure().equals("BUDGET_EXECUTION_RATE");
        BigDecimal numerator = execution ? ledger.expenditure() : ledger.fundsReceived();
        BigDecimal computed = execution ? Measures.executionRate(numerator, finalBudget)
                : Measures.fundsReceivedRate(numerator, finalBudget);
        if (computed == null || agrees(rate.value(), computed)) {
            return;
        }
        String part = execution ? "expenditure" : "fundsReceived";
        String partEn = execution ? "expenditure" : "funds received";
        String partZh = execution ? "实际支出" : "到位资金";
        flags.add(facts.flag(code(), FlagSeverity.ERROR, rate.fiscalYear(), null,
                facts.period(rate.fiscalYear()) + ": the report states " + rate.label() + " "
                        + Figures.percent(rate.value()) + ", but its own figures give " + Figures.percent(computed)
                        + " (" + partEn + " " + Figures.yuan(numerator) + " / final budget "
                        + Figures.yuan(finalBudget) + ").",
                facts.periodZh(rate.fiscalYear()) + "报告所列" + rate.label() + "为" + Figures.percent(rate.value())
                        + "，但按其自身数据（" + partZh + Figures.yuanZh(numerator) + " / 全年预算数"
                        + Figures.yuanZh(finalBudget) + "）计算应为" + Figures.percent(computed) + "。",
                List.of(Evidence.rate("statedRate", rate.value()), Evidence.rate("computedRate", computed),
                        Evidence.money(part, numerator), Evidence.money("finalBudget", finalBudget),
                        Evidence.text("label", rate.label()))));
    }

    private void metricRate(EvaluationFacts facts, MetricRate metric, List<FoundFlag> flags) {
        BigDecimal computed = Measures.rate(metric.numerator(), metric.denominator());
        if (computed == null || agrees(metric.value(), computed)) {
            return;
        }
        Integer year = metric.periodStart().getYear() == metric.periodEnd().getYear()
                ? metric.periodStart().getYear() : null;
        String period = metric.periodStart() + " to " + metric.periodEnd();
        String periodZh = metric.periodStart() + "至" + metric.periodEnd();
        flags.add(facts.flag(code(), FlagSeverity.ERROR, year, null,
                metric.label() + " (" + metric.metric() + ", " + period + "): the stated "
                        + Figures.percent(metric.value()) + " contradicts " + Figures.plain(metric.numerator()) + " / "
                        + Figures.plain(metric.denominator()) + " = " + Figures.percent(computed) + ".",
                metric.label() + "（" + periodZh + "）所列" + Figures.percent(metric.value()) + "，与"
                        + Figures.plain(metric.numerator()) + "/" + Figures.plain(metric.denominator()) + "="
                        + Figures.percent(computed) + "不符。",
                List.of(Evidence.rate("statedRate", metric.value()), Evidence.rate("computedRate", computed),
                        new Evidence("numerator", metric.numerator(), null, null),
                        new Evidence("denominator", metric.denominator(), null, null),
                        Evidence.text("metric", metric.metric()))));
    }

    /**
     * Whether a stated rate agrees with the recomputed one at the precision it is printed with: the recomputed
     * percentage, rounded half up or cut to as many decimals as the stated percentage has, equals it.
     */
    static boolean agrees(BigDecimal statedFraction, BigDecimal computedFraction) {
        BigDecimal stated = statedFraction.movePointRight(2).stripTrailingZeros();
        int decimals = Math.max(0, stated.scale());
        BigDecimal computed = computedFraction.movePointRight(2);
        return computed.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated) == 0
                || computed.setScale(decimals, RoundingMode.DOWN).compareTo(stated) == 0;
    }
}
