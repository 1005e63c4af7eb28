package org.hotlineperf.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.consistency.EvaluationFacts.Breakdown;
import org.hotlineperf.consistency.EvaluationFacts.LedgerLine;
import org.hotlineperf.consistency.EvaluationFacts.LedgerYear;

/**
 * LEDGER_MISMATCH: ledger lines that do not add up to the reported expenditure. Spending the report says was not
 * booked in the project's own ledger (未列入专项核算: Jiangmen's 12.23万 of the 457.96万 reported) leaves the
 * project ledger short of the reported figure (a WARNING); the parts (其中) of a line adding up to more than the
 * line itself is an arithmetic error (ERROR). Parts adding up to less are not flagged: 其中 often names only some.
 */
final class LedgerCheck implements Check {

    @Override
    public FlagCode code() {
        return FlagCode.LEDGER_MISMATCH;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        Map<List<Object>, List<LedgerLine>> outsideByReported = new LinkedHashMap<>();
        for (LedgerLine line : facts.linesOutsideProjectLedger()) {
            outsideByReported.computeIfAbsent(Arrays.asList(line.fiscalYear(), line.parentId()),
                    key -> new ArrayList<>()).add(line);
        }
        outsideByReported.values().forEach(lines -> outside(facts, lines, flags));
        for (Breakdown breakdown : facts.breakdowns()) {
            if (breakdown.partsTotal().compareTo(breakdown.amount()) > 0) {
                flags.add(facts.flag(code(), FlagSeverity.ERROR, breakdown.fiscalYear(), null,
                        facts.period(breakdown.fiscalYear()) + ": the " + breakdown.parts() + " parts of a "
                                + breakdown.kind() + " line add up to " + Figures.yuan(breakdown.partsTotal())
                                + ", more than the line's " + Figures.yuan(breakdown.amount()) + ".",
                        facts.periodZh(breakdown.fiscalYear()) + kindZh(breakdown.kind()) + "的" + breakdown.parts()
                                + "项明细合计" + Figures.yuanZh(breakdown.partsTotal()) + "，超过其总额"
                                + Figures.yuanZh(breakdown.amount()) + "。",
                        List.of(Evidence.money("lineAmount", breakdown.amount()),
                                Evidence.money("partsTotal", breakdown.partsTotal()),
                                Evidence.count("parts", breakdown.parts()))));
            }
        }
        return flags;
    }

    /** One flag for the spending outside the ledger under one reported figure (a line, or the year's total). */
    private void outside(EvaluationFacts facts, List<LedgerLine> lines, List<FoundFlag> flags) {
        LedgerLine first = lines.getFirst();
        BigDecimal reported = first.parentAmount();
        if (reported == null) {
            LedgerYear year = facts.ledgerYear(first.fiscalYear());
            reported = year == null ? null : year.expenditure();
        }
        BigDecimal outside = lines.stream().map(LedgerLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (reported == null) {
            return;
        }
        BigDecimal booked = reported.subtract(outside);
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.money("reportedExpenditure", reported),
                Evidence.money("bookedInProjectLedger", booked), Evidence.money("outsideProjectLedger", outside)));
        String what = first.label() == null ? "" : " (" + first.label() + ")";
        String whatZh = first.label() == null ? "" : "（" + first.label() + "）";
        if (first.label() != null) {
            evidence.add(Evidence.text("line", first.label()));
        }
        flags.add(facts.flag(code(), FlagSeverity.WARNING, first.fiscalYear(), null,
                facts.period(first.fiscalYear()) + ": of the reported expenditure " + Figures.yuan(reported) + what
                        + ", the project ledger books " + Figures.yuan(booked) + "; " + Figures.yuan(outside)
                        + " was spent outside it (未列入专项核算).",
                facts.periodZh(first.fiscalYear()) + "报告支出" + Figures.yuanZh(reported) + whatZh + "，项目明细账仅列支"
                        + Figures.yuanZh(booked) + "，" + Figures.yuanZh(outside) + "未列入专项核算。",
                evidence));
    }

    private static String kindZh(String kind) {
        return switch (kind) {
            case "BUDGET_INITIAL" -> "年初预算";
            case "BUDGET_ADJUSTMENT" -> "预算调整";
            case "FUNDS_RECEIVED" -> "资金到位";
            default -> "支出";
        };
    }
}
