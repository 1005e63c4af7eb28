package org.hotlineperf.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Evaluations, indicator trees, findings and goal declarations of the seed reports, read back through the
 * evaluation repository.
 */
@SpringBootTest
class SeedEvaluationTest {

    @Autowired
    EvaluationRepository evaluations;

    @Autowired
    SeedProjects projects;

    @Test
    void totalScoresKindsAndGrades() {
        assertThat(List.of(evaluation("huainan-12345-hotline"), evaluation("jiangmen-administrative-centre-operations"),
                        evaluation("changde-mayor-hotline"), evaluation("fumin-hotline-handling")))
                .extracting(Evaluation::kind, e -> e.totalScore().stripTrailingZeros().toPlainString(),
                        Evaluation::grade, Evaluation::reportedGrade, Evaluation::reportedGradeText)
                .containsExactly(
                        tuple("SELF", "100", "EXCELLENT", null, null),
                        tuple("THIRD_PARTY", "87.5", "GOOD", "GOOD", "良"),
                        tuple("THIRD_PARTY", "89", "GOOD", "GOOD", "良"),
                        tuple("SELF", "97", "EXCELLENT", "EXCELLENT", "优秀"));
    }

    @Test
    void evaluatorsCommissioningBodiesAndDates() {
        Evaluation changde = evaluation("changde-mayor-hotline");
        assertThat(changde.evaluator().name()).isEqualTo("湖南求臻会计师事务所有限公司");
        assertThat(changde.commissionedBy().name()).isEqualTo("常德市财政局");
        assertThat(changde.periodStartYear()).isEqualTo(2018);
        assertThat(changde.periodEndYear()).isEqualTo(2020);
        assertThat(changde.fieldworkStart()).hasToString("2021-05-31");
        assertThat(changde.fieldworkEnd()).hasToString("2021-06-04");

        Evaluation jiangmen = evaluation("jiangmen-administrative-centre-operations");
        assertThat(jiangmen.evaluator().name()).isEqualTo("广东省公共事务与社会治理研究会");
        assertThat(jiangmen.commissionedBy().name()).isEqualTo("江门市财政局");
        assertThat(jiangmen.reportedOn()).hasToString("2021-08");

        Evaluation fumin = evaluation("fumin-hotline-handling");
        assertThat(fumin.scoreTableTitle()).contains("2024年度");
        assertThat(fumin.commissionedBy()).isNull();
    }

    @Test
    void huainanSelfEvaluationTable() {
        List<Indicator> indicators = indicators("huainan-12345-hotline");
        assertThat(indicators).filteredOn(indicator -> indicator.level() == 3)
                .extracting(Indicator::name, indicator -> indicator.target().text(),
                        indicator -> plain(indicator.actual().value()), indicator -> plain(indicator.weight()),
                        indicator -> plain(indicator.score()))
                .containsExactly(
                        tuple("接通率", "≥90%", "0.99", "15", "15"),
                        tuple("问题解决率", "≥80%", "0.85", "15", "15"),
                        tuple("按时办结率", "≥99%", "0.99", "10", "10"),
                        tuple("成本支出总量", "≤492万元", "492", "10", "10"),
                        tuple("影响淮南高质量发展程度", "显著", null, "10", "10"),
                        tuple("收集民意情况", "良好", null, "10", "10"),
                        tuple("对单位履职和促进事业发展的影响或提升程度", "显著", null, "10", "10"),
                        tuple("群众和社会满意率", "≥98%", "0.99", "10", "10"));
        Indicator connectionRate = indicators.stream().filter(i -> i.name().equals("接通率")).findFirst().orElseThrow();
        assertThat(connectionRate.code()).isEqualTo("CONNECTION_RATE");
        assertThat(connectionRate.target().operator()).isEqualTo("GTE");
        assertThat(connectionRate.target().value()).isEqualByComparingTo("0.9");
        assertThat(indicators).filteredOn(Indicator::notApplicable).extracting(Indicator::name)
                .containsExactly("生态效益指标");
        assertThat(indicators).filteredOn(indicator -> indicator.level() == 1)
                .extracting(indicator -> plain(indicator.weight()))
                .containsExactly("10", "50", "30", "10");
    }

    @Test
    void huainanDeclaredTargets() {
        long huainan = projects.idOf("huainan-12345-hotline");
        List<GoalDeclaration> declarations = evaluations.goalDeclarations(List.of(huainan)).get(huainan);
        assertThat(declarations).extracting(GoalDeclaration::kind, d -> plain(d.totalFunds()),
                        GoalDeclaration::projectNameAsStated)
                .containsExactly(tuple("MEDIUM_TERM", "4920000", "12345政务热线服务项目"),
                        tuple("ANNUAL", "4920000", "12345政务热线服务项目"));
        assertThat(declarations).allSatisfy(declaration -> assertThat(declaration.targets())
                .extracting(GoalDeclaration.Target::name)
                .containsExactly("日均受理话务量", "话务运营畅通", "及时响应量", "项目控制数", "节约成本指标",
                        "及时回应社会关切", "促进生态发展", "促进可持续发展", "群众满意度"));
        GoalDeclaration.Target calls = declarations.getFirst().targets().getFirst();
        assertThat(calls.target().operator()).isEqualTo("GTE");
        assertThat(calls.target().value()).isEqualByComparingTo("2500");
        assertThat(calls.target().text()).isEqualTo("≥2500个");
        assertThat(declarations.getFirst().targets().getLast().target().text()).isEqualTo("≥90%");
    }

    @Test
    void everyRowOfFuminScoringTable() {
        List<Indicator> indicators = indicators("fumin-hotline-handling");
        assertThat(indicators).filteredOn(indicator -> indicator.level() < 3)
                .extracting(Indicator::level, Indicator::name, indicator -> plain(indicator.weight()))
                .containsExactly(tuple(1, "决策", "10"), tuple(2, "项目立项", "7"), tuple(2, "资金落实", "3"),
                        tuple(1, "过程", "30"), tuple(2, "业务管理", "18"), tuple(2, "财务管理", "12"),
                        tuple(1, "产出", "30"), tuple(2, "项目产出", "30"),
                        tuple(1, "效果", "30"), tuple(2, "项目效益", "30"));
        assertThat(indicators).filteredOn(indicator -> indicator.level() == 3)
                .extracting(Indicator::name, indicator -> plain(indicator.weight()),
                        indicator -> plain(indicator.score()), indicator -> plain(indicator.pointsDeducted()))
                .containsExactly(
                        tuple("项目立项规范性", "1", "1", "0"), tuple("绩效目标合理性", "2", "2", "0"),
                        tuple("绩效指标明确性", "4", "4", "0"), tuple("资金到位率", "1", "1", "0"),
                        tuple("到位及时率", "2", "2", "0"), tuple("管理制度健全性", "4", "4", "0"),
                        tuple("制度执行有效性", "5", "5", "0"), tuple("项目质量可控性", "5", "5", "0"),
                        tuple("资金分配的合理性", "2", "2", "0"), tuple("预算执行率", "2", "2", "0"),
                        tuple("管理制度健全性", "3", "3", "0"), tuple("资金使用合规性", "5", "5", "0"),
                        tuple("财务监控有效性", "4", "4", "0"), tuple("完成数量", "10", "10", "0"),
                        tuple("完成及时性", "4", "4", "0"), tuple("质量达标率", "12", "12", "0"),
                        tuple("资金变动率", "4", "4", "0"), tuple("经济效益", "6", "3", "3"),
                        tuple("社会效益", "8", "8", "0"), tuple("可持续影响", "6", "6", "0"),
                        tuple("服务对象满意度", "10", "10", "0"));
        Indicator economicBenefit = indicators.stream().filter(i -> i.name().equals("经济效益")).findFirst()
                .orElseThrow();
        assertThat(economicBenefit.deductions()).singleElement().satisfies(deduction -> {
            assertThat(deduction.points()).isEqualByComparingTo("3");
            assertThat(deduction.reason()).isEqualTo("热线工作侧重于保持和促进社会和谐稳定，在投入产出评价指标方面难以用"
                    + "数据体现，对经济效益影响不太明显。");
        });
        Indicator fundsReceived = indicators.stream().filter(i -> i.name().equals("资金到位率")).findFirst()
                .orElseThrow();
        assertThat(fundsReceived.scoringRule()).contains("每少5个百分点扣0.5分");
        assertThat(indicators.stream().filter(i -> i.level() == 3).map(Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    @Test
    void changdeDeductionsAndJiangmenStatedScoreRates() {
        List<Indicator> changde = indicators("changde-mayor-hotline");
        assertThat(changde).filteredOn(indicator -> indicator.level() == 1)
                .extracting(Indicator::name, i -> plain(i.weight()), i -> plain(i.score()),
                        i -> plain(i.pointsDeducted()))
                .containsExactly(tuple("项目决策", "19", "16", "3"), tuple("项目过程", "21", "16", "5"),
                        tuple("项目产出", "35", "33", "2"), tuple("项目效益", "25", "24", "1"));
        Indicator budgetPreparation = changde.stream().filter(i -> i.name().equals("预算编制科学性")).findFirst()
                .orElseThrow();
        assertThat(budgetPreparation.deductions()).extracting(d -> plain(d.points()))
                .containsExactly("0.5", "1", "1.5");
        Indicator satisfaction = changde.stream().filter(i -> i.name().equals("满意度")).findFirst().orElseThrow();
        assertThat(satisfaction.actual().value()).isEqualByComparingTo("0.911");

        List<Indicator> jiangmen = indicators("jiangmen-administrative-centre-operations");
        assertThat(jiangmen).filteredOn(indicator -> indicator.level() == 1)
                .extracting(Indicator::name, i -> plain(i.statedScoreRate()))
                .containsExactly(tuple("项目立项", "0.5333"), tuple("项目管理", "0.9428"), tuple("项目绩效", null));
        Indicator budgetAccuracy = jiangmen.stream().filter(i -> i.name().equals("预算编制准确性")).findFirst()
                .orElseThrow();
        assertThat(plain(budgetAccuracy.score())).isEqualTo("0");
        assertThat(budgetAccuracy.deductions().getFirst().reason()).contains("57.08");
    }

    @Test
    void findings() {
        long huainan = evaluation("huainan-12345-hotline").id();
        long jiangmen = evaluation("jiangmen-administrative-centre-operations").id();
        long changde = evaluation("changde-mayor-hotline").id();
        long fumin = evaluation("fumin-hotline-handling").id();
        var findings = evaluations.findings(List.of(huainan, jiangmen, changde, fumin), null);

        assertThat(findings.get(huainan)).extracting(Finding::kind).containsOnly("PRACTICE").hasSize(3);
        assertThat(findings.get(jiangmen)).filteredOn(f -> f.kind().equals("PROBLEM")).hasSize(5);
        assertThat(findings.get(changde)).filteredOn(f -> f.kind().equals("PROBLEM"))
                .first().satisfies(problem -> assertThat(problem.cause()).contains("临聘人员"));
        assertThat(findings.get(fumin)).extracting(Finding::kind)
                .containsExactly("PRACTICE", "PRACTICE", "PRACTICE", "PRACTICE", "PRACTICE", "PRACTICE",
                        "PROBLEM", "PROBLEM", "PROBLEM", "PROBLEM", "PROBLEM",
                        "RECOMMENDATION", "RECOMMENDATION", "RECOMMENDATION", "RECOMMENDATION");
    }

    private Evaluation evaluation(String projectKey) {
        long projectId = projects.idOf(projectKey);
        return evaluations.evaluationsByProject(List.of(projectId)).get(projectId).getFirst();
    }

    /** Every indicator of the project's evaluation, read a tree level at a time as the API does, in report order. */
    private List<Indicator> indicators(String projectKey) {
        long evaluationId = evaluation(projectKey).id();
        List<Indicator> all = new ArrayList<>();
        List<Indicator> level = evaluations.rootIndicators(List.of(evaluationId)).get(evaluationId);
        while (!level.isEmpty()) {
            all.addAll(level);
            level = evaluations.childIndicators(level.stream().map(Indicator::id).toList()).values().stream()
                    .flatMap(List::stream)
                    .toList();
        }
        all.sort(Comparator.comparingLong(Indicator::id));
        return all;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
