package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hotlineperf.consistency.EvaluationFacts.DeclaredTarget;
import org.hotlineperf.consistency.EvaluationFacts.Indicator;

/**
 * DECLARED_TARGET_NOT_EVALUATED: in a self-evaluation, a target of the goal declaration's indicator table
 * (绩效目标申报表: a target placed under a level-2 indicator) for the evaluated period that no applicable indicator
 * scores, by catalogue code or by name. A target declared in several declarations (中期 and 年度) is one target.
 * Only self-evaluations are checked: their score table (自评表) restates the declared targets one by one, while a
 * department or third-party evaluation builds its own indicator system and judges the goals through it (Changde's
 * 服务效率 indicator covers the five declared service rates at once). Goals worded as prose, without a level-2
 * indicator (Fumin's 产出目标 and 效果目标, Jiangmen's 24 numbered targets), are not a target table.
 */
final class DeclaredTargetCheck implements Check {

    private static final String GROUP_SUFFIX = "指标";
    private static final String SELF = "SELF";

    @Override
    public FlagCode code() {
        return FlagCode.DECLARED_TARGET_NOT_EVALUATED;
    }

    @Override
    public List<FoundFlag> check(EvaluationFacts facts) {
        var evaluation = facts.evaluation();
        if (!evaluation.kind().equals(SELF)) {
            return List.of();
        }
        Map<String, List<DeclaredTarget>> byName = new LinkedHashMap<>();
        for (DeclaredTarget target : facts.declaredTargets()) {
            boolean inPeriod = target.periodStartYear() <= evaluation.periodEndYear()
                    && target.periodEndYear() >= evaluation.periodStartYear()
                    && (target.fiscalYear() == null || (target.fiscalYear() >= evaluation.periodStartYear()
                    && target.fiscalYear() <= evaluation.periodEndYear()));
            if (inPeriod) {
                byName.computeIfAbsent(normalised(target.name()), name -> new ArrayList<>()).add(target);
            }
        }
        IndicatorTree tree = facts.tree();
        List<Indicator> applicable = tree.all().stream().filter(indicator -> !indicator.notApplicable()).toList();
        List<FoundFlag> flags = new ArrayList<>();
        for (List<DeclaredTarget> declared : byName.values()) {
            DeclaredTarget target = declared.getFirst();
            boolean scored = applicable.stream().anyMatch(indicator ->
                    (target.code() != null && target.code().equals(indicator.code()))
                            || normalised(indicator.name()).equals(normalised(target.name())));
            if (!scored) {
                flags.add(flag(facts, tree, target, declared));
            }
        }
        return flags;
    }

    private FoundFlag flag(EvaluationFacts facts, IndicatorTree tree, DeclaredTarget target,
                           List<DeclaredTarget> declared) {
        String value = Figures.measure(target.targetValue(), target.targetUnit(), target.targetText());
        String where = target.level1() == null ? target.level2() : target.level1() + " / " + target.level2();
        String whereZh = target.level1() == null ? target.level2() : target.level1() + "/" + target.level2();
        List<Evidence> evidence = new ArrayList<>();
        if (target.targetValue() != null || target.targetText() != null) {
            evidence.add(Evidence.figure("target", target.targetValue(), target.targetUnit(), target.targetText()));
        }
        if (target.level1() != null) {
            evidence.add(Evidence.text("level1", target.level1()));
        }
        evidence.add(Evidence.text("level2", target.level2()));
        evidence.add(Evidence.text("declarations", declared.stream().map(DeclaredTarget::declarationKind).distinct()
                .collect(Collectors.joining(", "))));
        String instead = "";
        String insteadZh = "";
        Indicator group = tree.all().stream()
                .filter(indicator -> indicator.level() == 2 && group(indicator.name()).equals(group(target.level2())))
                .findFirst().orElse(null);
        if (group != null && group.notApplicable()) {
            instead = "; the evaluation marks “" + group.name() + "” as not applicable";
            insteadZh = "；评价将“" + group.name() + "”列为不涉及";
            evidence.add(Evidence.text("notApplicable", group.name()));
        } else if (group != null) {
            List<Indicator> children = tree.children(group);
            String names = (children.isEmpty() ? List.of(group) : children).stream()
                    .map(indicator -> "“" + indicator.name() + "”").collect(Collectors.joining(", "));
            instead = "; under " + target.level2() + " it scores " + names + " instead";
            insteadZh = "；该二级指标下评价的是" + names.replace(", ", "、");
            evidence.add(Evidence.text("scoredInstead", names));
        }
        Integer year = target.fiscalYear() != null ? target.fiscalYear() : facts.evaluationYear();
        return facts.flag(code(), FlagSeverity.WARNING, year, null,
                "Declared target “" + target.name() + "” (" + where + ", " + value
                        + ") is not scored by the evaluation" + instead + ".",
                "绩效目标申报表中的“" + target.name() + "”（" + whereZh + "，指标值" + value + "）未纳入评价评分"
                        + insteadZh + "。",
                evidence);
    }

    /** A name without any white space, so that layout in the source does not decide a match. */
    private static String normalised(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u3000]+", "");
    }

    /** A level-2 group's name without the trailing 指标 that some tables add (经济效益指标 = 经济效益). */
    private static String group(String name) {
        String normalised = normalised(name);
        return normalised.endsWith(GROUP_SUFFIX) && normalised.length() > GROUP_SUFFIX.length()
                ? normalised.substring(0, normalised.length() - GROUP_SUFFIX.length()) : normalised;
    }
}
