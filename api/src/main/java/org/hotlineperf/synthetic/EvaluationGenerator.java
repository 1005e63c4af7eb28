package org.hotlineperf.synthetic;

import static org.hotlineperf.synthetic.Money.percent;
import static org.hotlineperf.synthetic.Money.points;
import static org.hotlineperf.synthetic.Money.ratio;
import static org.hotlineperf.synthetic.Money.wan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.synthetic.SyntheticProject.Deduction;
import org.hotlineperf.synthetic.SyntheticProject.Evaluation;
import org.hotlineperf.synthetic.SyntheticProject.Finding;
import org.hotlineperf.synthetic.SyntheticProject.Indicator;
import org.hotlineperf.synthetic.SyntheticProject.Measure;
import org.hotlineperf.synthetic.SyntheticProject.Organisation;

/**
 * Generates the evaluation of one project-year: an indicator tree in the common framework of 财预〔2020〕10号
 * that the seed reports follow (项目决策 / 项目过程 / 项目产出 / 项目效益, their level-2 groups and level-3
 * indicators with catalogue codes), 20 to 30 nodes, level-1 weights adding up to 100 and every weight split
 * over its children. Rates, counts and costs are scored against targets from the year's ledger and operating
 * figures with the scoring rules real reports print; qualitative indicators lose points now and then, more
 * often under a third-party evaluator. Deductions carry their reasons; findings follow from them.
 */
final class EvaluationGenerator {

    /** Evaluation firms; the province's short name is put in front of each. */
    static final List<String> FIRMS = List.of("正衡绩效评价咨询有限公司", "诚明会计师事务所有限公司",
            "华信项目管理咨询有限公司", "立本财务咨询有限公司", "中和预算绩效研究院有限公司");

    private static final int MAX_NODES = 30;
    private static final int[][] WEIGHT_SCHEMES = {
            {20, 20, 40, 20}, {15, 25, 35, 25}, {20, 25, 30, 25}, {10, 30, 30, 30}, {15, 20, 40, 25}, {20, 20, 30, 30}};
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** The share of its weight a qualitative indicator loses when it loses points, as in the seed reports. */
    private static final List<Double> DEDUCTED_SHARES = List.of(0.2, 0.4, 0.5, 0.6, 1.0);
    private static final String RATE_RULE = "达到目标值得满分，每低1个百分点扣%s分，扣完为止。";

    private record Leaf(String name, String code, int baseWeight, boolean mandatory, String scoringRule) {
    }

    private record Group(String name, String code, List<Leaf> leaves) {
    }

    private record Section(String name, String definition, List<Group> groups) {
    }

    /** A scored indicator: its target and actual, its deductions, and the reason as a sentence for findings. */
    private record Outcome(Measure target, Measure actual, List<Deduction> deductions, String detail) {
    }

    private static final List<Section> FRAMEWORK = List.of(
            new Section("项目决策", "考察项目立项依据、绩效目标和资金投入的合理性。", List.of(
                    new Group("项目立项", null, List.of(
                            new Leaf("立项依据充分性", "PROJECT_APPROVAL_COMPLIANCE", 3, true,
                                    "项目立项符合法律法规、相关政策和发展规划，与部门职责范围相符，得满分；一项不符合扣1分。"),
                            new Leaf("立项程序规范性", null, 2, false,
                                    "按规定程序申请设立，审批文件、材料符合要求，得满分；一项不符合扣1分。"))),
                    new Group("绩效目标", null, List.of(
                            new Leaf("绩效目标合理性", "GOAL_REASONABLENESS", 3, true,
                                    "绩效目标与实际工作内容相关，预期产出和效果符合正常业绩水平，得满分；一项不符合扣1分。"),
                            new Leaf("绩效指标明确性", "INDICATOR_CLARITY", 2, false,
                                    "绩效目标细化分解为清晰、可衡量的指标，得满分；一项不符合扣1分。"))),
                    new Group("资金投入", null, List.of(
                            new Leaf("预算编制科学性", "BUDGET_PREPARATION", 3, true,
                                    "预算经过科学论证，内容与项目内容匹配，额度测算依据充分，得满分；一项不符合扣1分。"),
                            new Leaf("资金分配合理性", "FUND_ALLOCATION", 2, false,
                                    "资金分配依据充分，分配额度与实际相适应，得满分；一项不符合扣1分。"))))),
            new Section("项目过程", "考察资金管理和组织实施情况。", List.of(
                    new Group("资金管理", null, List.of(
                            new Leaf("资金到位率", "FUNDS_RECEIVED_RATE", 3, true,
                                    "资金到位率=实际到位资金/全年预算数×100%。到位率≥90%得满分，每少5个百分点扣0.5分，扣完为止。"),
                            new Leaf("预算执行率", "BUDGET_EXECUTION_RATE", 4, true,
                                    "预算执行率=实际支出/全年预算数×100%。执行率≥95%且未超预算得满分；每低1个百分点扣0.1分；超预算支出扣1分。"),
                            new Leaf("资金使用合规性", "FUND_USE_COMPLIANCE", 4, true,
                                    "资金使用符合财经法规和专项资金管理办法，审批手续完整，无截留、挤占、挪用，得满分；一项不符合扣1分。"))),
                    new Group("组织实施", null, List.of(
                            new Leaf("管理制度健全性", "MANAGEMENT_SYSTEM_SOUNDNESS", 3, false,
                                    "已制定合法、合规、完整的业务和财务管理制度，得满分；一项不符合扣1分。"),
                            new Leaf("制度执行有效性", "SYSTEM_EXECUTION_EFFECTIVENESS", 4, true,
                                    "遵守相关法律法规和管理规定，项目调整及支出调整手续完备，得满分；一项不符合扣1分。"),
                            new Leaf("财务监控有效性", "FINANCIAL_MONITORING", 2, false,
                                    "已制定监控机制并采取财务检查等必要的监控措施，得满分；一项不符合扣1分。"))))),
            new Section("项目产出", "考察热线受理、接通、办结等产出的数量、质量、时效和成本。", List.of(
                    new Group("产出数量", "OUTPUT_QUANTITY", List.of(
                            new Leaf("受理来电量", "CALLS_RECEIVED", 5, true,
                                    "完成年度目标得满分，每低5%扣1分，扣完为止。"),
                            new Leaf("工单办理量", "TICKETS_HANDLED", 4, false,
                                    "完成年度目标得满分，每低5%扣1分，扣完为止。"))),
                    new Group("产出质量", "OUTPUT_QUALITY", List.of(
                            new Leaf("接通率", "CONNECTION_RATE", 6, true, RATE_RULE.formatted("0.5")),
                            new Leaf("问题解决率", "PROBLEM_RESOLUTION_RATE", 4, false, RATE_RULE.formatted("0.5")),
                            new Leaf("回访率", "CALLBACK_RATE", 3, false, RATE_RULE.formatted("0.2")))),
                    new Group("产出时效", "OUTPUT_TIMELINESS", List.of(
                            new Leaf("按时办结率", "ON_TIME_CLOSURE_RATE", 5, true, RATE_RULE.formatted("0.5")),
                            new Leaf("及时受理率", "TIMELY_ACCEPTANCE_RATE", 3, false, RATE_RULE.formatted("0.5")))),
                    new Group("产出成本", null, List.of(
                            new Leaf("成本控制", "COST_CONTROL", 4, true,
                                    "实际支出控制在全年预算数以内得满分；超出的扣1分，超出每满10%再扣1分。"))))),
            new Section("项目效益", "考察热线的社会效益、可持续影响和服务对象满意度。", List.of(
                    new Group("项目效益", null, List.of(
                            new Leaf("社会效益", "SOCIAL_BENEFIT", 6, true,
                                    "对照绩效目标，按畅通诉求渠道、解决群众急难愁盼问题的实现程度计算得分。"),
                            new Leaf("可持续影响", "SUSTAINABLE_IMPACT", 4, false,
                                    "对照绩效目标，按长效机制建设和持续运行保障情况计算得分。"),
                            new Leaf("服务对象满意度", "SATISFACTION_RATE", 8, true, RATE_RULE.formatted("0.3")),
                            new Leaf("回访满意率", "CALLBACK_SATISFACTION_RATE", 4, false,
                                    RATE_RULE.formatted("0.3")))))));

    private static final Map<String, List<String>> QUALITATIVE_REASONS = Map.ofEntries(
            Map.entry("PROJECT_APPROVAL_COMPLIANCE", List.of("未提供项目可行性论证材料。", "立项依据文件未随项目资料提供。")),
            Map.entry("GOAL_REASONABLENESS", List.of("绩效目标过于宽泛，与年度工作任务关联不够紧密。",
                    "绩效目标未结合上年实际完成情况设定，偏于保守。")),
            Map.entry("INDICATOR_CLARITY", List.of("部分绩效指标未量化，难以考核。", "绩效指标数量过多，未聚焦核心产出。")),
            Map.entry("BUDGET_PREPARATION", List.of("预算测算依据不够充分，未附明细测算表。")),
            Map.entry("FUND_ALLOCATION", List.of("资金分配未见明确的分配标准。")),
            Map.entry("FUND_USE_COMPLIANCE", List.of("部分支出报销凭证附件不全。", "个别支出审批手续不完整。")),
            Map.entry("MANAGEMENT_SYSTEM_SOUNDNESS", List.of("未制定专项资金管理办法。", "话务外包服务考核办法未及时修订。")),
            Map.entry("SYSTEM_EXECUTION_EFFECTIVENESS", List.of("外包服务合同验收资料不完整。", "月度考核结果未与服务费支付挂钩。")),
            Map.entry("FINANCIAL_MONITORING", List.of("未提供财务监控措施或手段等相关材料。")),
            Map.entry("SOCIAL_BENEFIT", List.of("重复投诉事项较多，部分诉求未得到实质解决。")),
            Map.entry("SUSTAINABLE_IMPACT", List.of("热线知识库更新不及时，长效机制有待完善。")));
    private static final List<String> GENERIC_REASONS = List.of("相关佐证材料不完整。", "未提供相关工作记录。");

    private static final List<Finding> PRACTICES = List.of(
            new Finding("PRACTICE", "建立高效的工单流转机制",
                    "优化工单转办流程，明确承办单位职责和办理时限，系统自动提醒与人工督办相结合，确保工单快速流转、按时办结。"),
            new Finding("PRACTICE", "加强话务人员培训和管理",
                    "定期组织话务人员业务培训，提升政策水平和沟通能力，建立绩效考核制度，调动话务人员积极性。"),
            new Finding("PRACTICE", "注重热线数据分析和应用",
                    "对受理诉求开展分析，按月形成热点问题报告，为政府决策和部门改进工作提供参考。"),
            new Finding("PRACTICE", "整合政务服务便民热线",
                    "将人社12333、生态环境12369等部门热线并入12345平台，实现“一号对外、集中受理”。"),
            new Finding("PRACTICE", "完善考核督办机制",
                    "将承办单位办理情况纳入绩效考核，对超期、重复投诉事项实行挂牌督办。"));

    private final GradeScale grades;

    EvaluationGenerator(GradeScale grades) {
        this.grades = grades;
    }

    Evaluation generate(SyntheticRandom random, String projectName, YearFacts facts, Organisation evaluator,
                        Organisation commissionedBy) {
        List<List<List<Leaf>>> chosen = chooseLeaves(random);
        boolean[][] collapsed = new boolean[FRAMEWORK.size()][];
        for (int s = 0; s < FRAMEWORK.size(); s++) {
            collapsed[s] = new boolean[FRAMEWORK.get(s).groups().size()];
            for (int g = 0; g < collapsed[s].length; g++) {
                collapsed[s][g] = chosen.get(s).get(g).size() == 1 && random.chance(0.4);
            }
        }
        int[] scheme = WEIGHT_SCHEMES[random.nextInt(WEIGHT_SCHEMES.length)];
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<Indicator> sections = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int s = 0; s < FRAMEWORK.size(); s++) {
            Section section = FRAMEWORK.get(s);
            List<Leaf> leaves = chosen.get(s).stream().flatMap(List::stream).toList();
            int[] weights = apportion(scheme[s], leaves.stream().mapToInt(Leaf::baseWeight).toArray());
            int next = 0;
            List<Indicator> groups = new ArrayList<>();
            for (int g = 0; g < section.groups().size(); g++) {
                Group group = section.groups().get(g);
                List<Indicator> children = new ArrayList<>();
                for (Leaf leaf : chosen.get(s).get(g)) {
                    BigDecimal weight = BigDecimal.valueOf(weights[next++]).setScale(2);
                    Outcome outcome = outcome(leaf, weight, facts, random);
                    outcomes.put(leaf.name(), outcome);
                    children.add(leafIndicator(collapsed[s][g] ? 2 : 3, leaf, weight, outcome));
                }
                groups.add(collapsed[s][g] ? children.getFirst() : sum(2, group.name(), group.code(), null, children));
            }
            Indicator sectionIndicator = sum(1, section.name(), null, section.definition(), groups);
            total = total.add(sectionIndicator.score());
            sections.add(sectionIndicator);
        }
        return evaluation(random, projectName, facts, evaluator, commissionedBy, sections, total, outcomes);
    }

    /** Mandatory indicators plus some optional ones, at most {@link #MAX_NODES} nodes with the groups above. */
    private static List<List<List<Leaf>>> chooseLeaves(SyntheticRandom random) {
        List<List<List<Leaf>>> chosen = new ArrayList<>();
        int nodes = 0;
        for (Section section : FRAMEWORK) {
            nodes += 1 + section.groups().size();
            List<List<Leaf>> groups = new ArrayList<>();
            for (Group group : section.groups()) {
                List<Leaf> leaves = new ArrayList<>();
                for (Leaf leaf : group.leaves()) {
                    if (leaf.mandatory()) {
                        leaves.add(leaf);
                        nodes++;
                    }
                }
                groups.add(leaves);
            }
            chosen.add(groups);
        }
        for (int s = 0; s < FRAMEWORK.size(); s++) {
            for (int g = 0; g < FRAMEWORK.get(s).groups().size(); g++) {
                for (Leaf leaf : FRAMEWORK.get(s).groups().get(g).leaves()) {
                    if (!leaf.mandatory() && random.chance(0.3) && nodes < MAX_NODES) {
                        chosen.get(s).get(g).add(leaf);
                        nodes++;
                    }
                }
            }
        }
        return chosen;
    }

    /** Splits {@code total} points over the shares, each at least 1, by largest remainder. */
    private static int[] apportion(int total, int[] shares) {
        int[] result = new int[shares.length];
        int shareSum = 0;
        for (int share : shares) {
            shareSum += share;
        }
        int spare = total - shares.length;
        int given = 0;
        long[] remainders = new long[shares.length];
        for (int i = 0; i < shares.length; i++) {
            long exact = (long) spare * shares[i];
            result[i] = 1 + (int) (exact / shareSum);
            remainders[i] = exact % shareSum;
            given += result[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
            given++;
        }
        return result;
    }

    private static Indicator leafIndicator(int level, Leaf leaf, BigDecimal weight, Outcome outcome) {
        BigDecimal deducted = outcome.deductions().stream().map(Deduction::points)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Indicator(level, leaf.name(), leaf.code(), null, leaf.scoringRule(), outcome.target(),
                outcome.actual(), weight, weight.subtract(deducted), deducted, outcome.deductions(), List.of());
    }

    private static Indicator sum(int level, String name, String code, String definition, List<Indicator> children) {
        BigDecimal weight = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = children.stream().map(Indicator::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Indicator(level, name, code, definition, null, null, null, weight.setScale(2), score.setScale(2),
                null, List.of(), List.copyOf(children));
    }

    private Outcome outcome(Leaf leaf, BigDecimal weight, YearFacts facts, SyntheticRandom random) {
        return switch (leaf.code() == null ? "" : leaf.code()) {
            case "FUNDS_RECEIVED_RATE" -> {
                BigDecimal rate = ratio(facts.fundsReceived(), facts.finalBudget());
                BigDecimal shortfall = percentagePoints(new BigDecimal("0.9").subtract(rate));
                BigDecimal deduction = shortfall.signum() > 0
                        ? HALF.multiply(shortfall.divide(BigDecimal.valueOf(5), 0, RoundingMode.CEILING)) : null;
                yield rate(weight, "GTE", new BigDecimal("0.9"), rate, deduction,
                        "资金到位率" + percent(rate) + "，低于90%");
            }
            case "BUDGET_EXECUTION_RATE" -> {
                BigDecimal rate = ratio(facts.expenditure(), facts.finalBudget());
                if (facts.overrun()) {
                    yield rate(weight, "GTE", new BigDecimal("0.95"), rate, BigDecimal.ONE,
                            "实际支出" + wan(facts.expenditure()) + "万元，超出全年预算" + wan(facts.finalBudget())
                                    + "万元，超支部分从公用经费列支");
                }
                BigDecimal shortfall = percentagePoints(new BigDecimal("0.95").subtract(rate));
                yield rate(weight, "GTE", new BigDecimal("0.95"), rate, shortfall.signum() > 0
                                ? new BigDecimal("0.1").multiply(shortfall.setScale(0, RoundingMode.CEILING)) : null,
                        "预算执行率" + percent(rate) + "，低于95%");
            }
            case "CONNECTION_RATE" -> rateAgainstTarget(weight, random, List.of("0.85", "0.9", "0.95"),
                    ratio(facts.callsAnswered(), facts.callsReceived()), "0.5", "全年接通率");
            case "ON_TIME_CLOSURE_RATE" -> rateAgainstTarget(weight, random, List.of("0.9", "0.95", "0.98"),
                    facts.onTimeClosureRate(), "0.5", "按时办结率");
            case "SATISFACTION_RATE" -> rateAgainstTarget(weight, random, List.of("0.85", "0.9", "0.95"),
                    facts.satisfactionRate(), "0.3", "群众满意率");
            case "PROBLEM_RESOLUTION_RATE" -> rateAgainstTarget(weight, random, List.of("0.8"),
                    Money.fraction(random.between(0.76, 0.96), 4), "0.5", "问题解决率");
            case "CALLBACK_RATE" -> rateAgainstTarget(weight, random, List.of("0.3", "0.5"),
                    Money.fraction(random.between(0.28, 0.7), 4), "0.2", "回访率");
            case "TIMELY_ACCEPTANCE_RATE" -> rateAgainstTarget(weight, random, List.of("0.98"),
                    Money.fraction(random.between(0.965, 1.0), 4), "0.5", "及时受理率");
            case "CALLBACK_SATISFACTION_RATE" -> rateAgainstTarget(weight, random, List.of("0.9"),
                    Money.fraction(Math.min(0.999, facts.satisfactionRate().doubleValue()
                            + random.between(-0.04, 0.01)), 4),
                    "0.3", "回访满意率");
            case "CALLS_RECEIVED" -> count(weight, facts.callsTarget(), facts.callsReceived(), "通", "受理来电");
            case "TICKETS_HANDLED" -> count(weight, facts.ticketsTarget(), facts.ticketsHandled(), "件", "办理工单");
            case "COST_CONTROL" -> costControl(weight, facts);
            case "BUDGET_PREPARATION" -> {
                if (facts.overrun()) {
                    yield qualitative(weight, BigDecimal.ONE, "实际支出超出全年预算" + wan(facts.expenditure()
                            .subtract(facts.finalBudget())) + "万元，预算编制不够科学。", null, null);
                }
                BigDecimal share = ratio(facts.adjustmentTotal().abs(), facts.initialBudget());
                if (share.compareTo(new BigDecimal("0.2")) > 0) {
                    yield qualitative(weight, BigDecimal.ONE, "年中预算调整" + wan(facts.adjustmentTotal().abs())
                            + "万元，占年初预算的" + percent(share) + "，预算编制准确性不足。", null, null);
                }
                yield randomQualitative(leaf, weight, facts, random, null, null);
            }
            case "SYSTEM_EXECUTION_EFFECTIVENESS" -> facts.undocumentedAdjustments().signum() > 0
                    ? qualitative(weight, BigDecimal.ONE, "预算调整" + wan(facts.undocumentedAdjustments())
                            + "万元未提供调整文件，调整手续不完备。", null, null)
                    : randomQualitative(leaf, weight, facts, random, null, null);
            case "FUND_USE_COMPLIANCE" -> facts.chargedToOtherFunds().signum() > 0
                    ? qualitative(weight, BigDecimal.ONE, "超预算支出" + wan(facts.chargedToOtherFunds())
                            + "万元从单位公用经费列支，未纳入项目专项核算。", null, null)
                    : randomQualitative(leaf, weight, facts, random, null, null);
            case "SOCIAL_BENEFIT" -> randomQualitative(leaf, weight, facts, random, "显著", "部分达成");
            case "SUSTAINABLE_IMPACT" -> randomQualitative(leaf, weight, facts, random, "持续发挥作用", "基本达成");
            default -> randomQualitative(leaf, weight, facts, random, null, null);
        };
    }

    private static Outcome rateAgainstTarget(BigDecimal weight, SyntheticRandom random, List<String> targets,
                                             BigDecimal actual, String perPoint, String label) {
        BigDecimal target = new BigDecimal(random.pick(targets));
        BigDecimal shortfall = percentagePoints(target.subtract(actual));
        BigDecimal deduction = shortfall.signum() > 0
                ? new BigDecimal(perPoint).multiply(shortfall.setScale(0, RoundingMode.CEILING)) : null;
        return rate(weight, "GTE", target, actual, deduction, label + percent(actual) + "，低于目标值" + percent(target));
    }

    /** A fraction's distance in percentage points. */
    private static BigDecimal percentagePoints(BigDecimal fraction) {
        return fraction.movePointRight(2);
    }

    private static Outcome rate(BigDecimal weight, String operator, BigDecimal target, BigDecimal actual,
                                BigDecimal deduction, String reason) {
        Measure targetMeasure = new Measure(operator, target, "%",
                (operator.equals("GTE") ? "≥" : "") + percent(target));
        Measure actualMeasure = new Measure(null, actual, "%", percent(actual));
        return scored(targetMeasure, actualMeasure, weight, deduction, reason);
    }

    private static Outcome count(BigDecimal weight, long target, long actual, String unit, String label) {
        BigDecimal deduction = null;
        if (actual < target) {
            long shortfallPercent = (target - actual) * 100 / target;
            deduction = BigDecimal.valueOf(1 + shortfallPercent / 5);
        }
        return scored(new Measure("GTE", BigDecimal.valueOf(target), unit, "≥" + target + unit),
                new Measure(null, BigDecimal.valueOf(actual), unit, actual + unit),
                weight, deduction, label + actual + unit + "，未完成年度目标" + target + unit);
    }

    private static Outcome costControl(BigDecimal weight, YearFacts facts) {
        BigDecimal deduction = null;
        if (facts.overrun()) {
            BigDecimal over = ratio(facts.expenditure().subtract(facts.finalBudget()), facts.finalBudget());
            deduction = BigDecimal.ONE.add(percentagePoints(over).divide(BigDecimal.TEN, 0, RoundingMode.FLOOR));
        }
        BigDecimal budget = wan(facts.finalBudget());
        BigDecimal spent = wan(facts.expenditure());
        return scored(new Measure("LTE", budget, "万元", "≤" + budget + "万元"),
                new Measure(null, spent, "万元", spent + "万元"),
                weight, deduction, "成本支出" + spent + "万元，超出全年预算" + budget + "万元");
    }

    private static Outcome qualitative(BigDecimal weight, BigDecimal deduction, String reason, String target,
                                       String actual) {
        return scored(target == null ? null : new Measure(null, null, null, target),
                actual == null ? null : new Measure(null, null, null, actual), weight, deduction, reason);
    }

    /** A qualitative indicator that loses points by chance: more often under a stricter evaluator. */
    private static Outcome randomQualitative(Leaf leaf, BigDecimal weight, YearFacts facts, SyntheticRandom random,
                                             String target, String partlyMet) {
        double chance = switch (facts.evaluationKind()) {
            case "SELF" -> 0.04;
            case "DEPARTMENT" -> 0.12;
            default -> 0.24;
        } + 0.15 * (1 - facts.quality());
        if (!random.chance(chance)) {
            return qualitative(weight, null, null, target, target == null ? null : "达成预期指标");
        }
        double share = random.pick(DEDUCTED_SHARES);
        long halves = Math.max(1, Math.round(weight.doubleValue() * share * 2));
        BigDecimal deduction = HALF.multiply(BigDecimal.valueOf(halves));
        String reason = random.pick(leaf.code() == null ? GENERIC_REASONS
                : QUALITATIVE_REASONS.getOrDefault(leaf.code(), GENERIC_REASONS));
        return qualitative(weight, deduction, reason, target, target == null ? null : partlyMet);
    }

    /** The outcome with one deduction of at most the weight, or none when nothing is deducted. */
    private static Outcome scored(Measure target, Measure actual, BigDecimal weight, BigDecimal deduction,
                                  String reason) {
        if (deduction == null || deduction.signum() <= 0) {
            return new Outcome(target, actual, List.of(), null);
        }
        BigDecimal capped = deduction.min(weight).setScale(2, RoundingMode.HALF_UP);
        String clause = reason.endsWith("。") ? reason.substring(0, reason.length() - 1) : reason;
        return new Outcome(target, actual, List.of(new Deduction(capped, clause + "，扣" + points(capped) + "分。")),
                clause + "。");
    }

    private Evaluation evaluation(SyntheticRandom random, String projectName, YearFacts facts,
                                         Organisation evaluator, Organisation commissionedBy,
                                         List<Indicator> indicators, BigDecimal total, Map<String, Outcome> outcomes) {
        int year = facts.fiscalYear();
        String kind = facts.evaluationKind();
        GradeScale.Band grade = grades.of(total);
        boolean gradeStated = !kind.equals("SELF") || random.chance(0.7);
        LocalDate reportedOn = LocalDate.of(year + 1, random.intBetween(3, 6), random.intBetween(1, 28));
        boolean dayPrecision = !kind.equals("SELF") || random.chance(0.5);
        if (!dayPrecision) {
            reportedOn = reportedOn.withDayOfMonth(1);
        }
        LocalDate fieldworkStart = kind.equals("THIRD_PARTY") ? reportedOn.minusDays(random.intBetween(30, 60)) : null;
        LocalDate fieldworkEnd = fieldworkStart == null ? null : fieldworkStart.plusDays(random.intBetween(7, 20));
        String title = switch (kind) {
            case "SELF" -> "项目支出绩效自评表（" + year + "年度）";
            case "DEPARTMENT" -> "部门评价指标体系及评分表（" + year + "年度）";
            default -> "绩效评价指标体系及评分表（" + year + "年度）";
        };
        String method = switch (kind) {
            case "SELF" -> "对照年初绩效目标，采用目标比较法逐项自评，并与上年完成情况对比。";
            case "DEPARTMENT" -> evaluator.name() + "组织评价小组，采用资料审核与现场核查相结合的方式开展部门评价。";
            default -> "受" + commissionedBy.name() + "委托，评价机构采用文件查阅、现场核查、问卷调查和数据分析等方法开展评价。";
        };
        List<Finding> findings = findings(random, facts, outcomes);
        List<String> problems = findings.stream().filter(f -> f.kind().equals("PROBLEM")).map(Finding::title).toList();
        String conclusion = projectName + year + "年度绩效评价得分" + points(total) + "分，绩效等级为“" + grade.nameZh() + "”。"
                + (problems.isEmpty() ? "各项绩效目标基本完成。" : "主要问题：" + String.join("；", problems) + "。");
        return new Evaluation(kind, evaluator, commissionedBy, reportedOn, dayPrecision ? "DAY" : "MONTH",
                fieldworkStart, fieldworkEnd, title, BigDecimal.valueOf(100).setScale(2), total,
                gradeStated ? grade.grade() : null, gradeStated ? grade.nameZh() : null, method, conclusion, indicators,
                findings);
    }

    /** One or two practices, a problem for each kind of deduction (at most three) and a recommendation for each. */
    private static List<Finding> findings(SyntheticRandom random, YearFacts facts, Map<String, Outcome> outcomes) {
        List<Finding> findings = new ArrayList<>();
        int first = random.nextInt(PRACTICES.size());
        findings.add(PRACTICES.get(first));
        if (random.chance(0.5)) {
            findings.add(PRACTICES.get((first + 1 + random.nextInt(PRACTICES.size() - 1)) % PRACTICES.size()));
        }
        Map<String, Finding[]> issues = new LinkedHashMap<>();
        for (var entry : outcomes.entrySet()) {
            if (!entry.getValue().deductions().isEmpty() && issues.size() < 3) {
                Finding[] issue = issue(entry.getKey(), entry.getValue(), facts);
                issues.putIfAbsent(issue[0].title(), issue);
            }
        }
        if (issues.isEmpty() && !facts.evaluationKind().equals("SELF") && random.chance(0.6)) {
            issues.put("", new Finding[] {
                    new Finding("PROBLEM", "绩效指标设置不够聚焦", "部分绩效指标为日常工作事项，未聚焦热线核心产出和效果。"),
                    new Finding("RECOMMENDATION", "完善绩效指标体系", "围绕接通率、按时办结率和满意度等核心指标设置可衡量的绩效目标。")});
        }
        issues.values().forEach(issue -> findings.add(issue[0]));
        issues.values().forEach(issue -> findings.add(issue[1]));
        return List.copyOf(findings);
    }

    /** The problem and recommendation a deduction on this indicator points to. */
    private static Finding[] issue(String indicator, Outcome outcome, YearFacts facts) {
        String detail = outcome.detail();
        return switch (indicator) {
            case "预算执行率", "成本控制", "预算编制科学性", "资金使用合规性" -> facts.overrun()
                    ? pair("预算编制不够科学，存在超预算支出", facts.fiscalYear() + "年全年预算" + wan(facts.finalBudget())
                            + "万元，实际支出" + wan(facts.expenditure()) + "万元，超支部分从单位公用经费列支。",
                    "科学编制预算，严格预算执行", "结合话务量增长和外包服务合同测算年度资金需求，超出预算的支出应按程序申请调整预算。")
                    : pair("预算管理有待加强", detail, "加强预算执行管理", "按月跟踪预算执行进度，及时分析执行偏差原因。");
            case "制度执行有效性" -> pair("预算调整手续不完备", detail, "规范预算调整程序", "预算追加追减应履行报批手续并留存批复文件。");
            case "接通率" -> pair("高峰时段接通率不达标", detail, "合理配置话务坐席", "根据话务量的季节和时段分布动态排班，高峰时段增设坐席。");
            case "按时办结率", "及时受理率" -> pair("部分工单办理超时", detail, "加强工单督办", "对临近时限的工单提前预警，超期工单纳入承办单位考核。");
            case "服务对象满意度", "回访满意率" -> pair("群众满意度有待提升", detail, "提升诉求办理质量", "对不满意工单逐件回访复核，推动诉求实质解决。");
            case "受理来电量", "工单办理量" -> pair("产出数量未达年度目标", detail, "合理设定产出目标", "结合历年话务量变化设定年度产出目标。");
            case "资金到位率" -> pair("资金到位不足", detail, "保障资金及时足额到位", "按合同约定节点申请拨付资金。");
            default -> pair("绩效管理基础工作有待加强", detail, "完善绩效管理制度", "健全热线管理和考核制度，完整留存绩效佐证材料。");
        };
    }

    private static Finding[] pair(String problem, String body, String recommendation, String advice) {
        return new Finding[] {
                new Finding("PROBLEM", problem, body), new Finding("RECOMMENDATION", recommendation, advice)};
    }
}
