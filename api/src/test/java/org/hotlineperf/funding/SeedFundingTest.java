package org.hotlineperf.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.hotlineperf.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The money of the seed reports, read back from PostgreSQL through the funding repositories: every figure
 * is the report's 万元 figure in yuan, exactly.
 */
@SpringBootTest
class SeedFundingTest {

    @Autowired
    FundingRepository funding;

    @Autowired
    ContractRepository contracts;

    @Autowired
    SeedProjects projects;

    @Test
    void changdeBudgetsExpenditureAndSpendingChargedToOtherFunds() {
        long changde = projects.idOf("changde-mayor-hotline");
        List<BudgetYear> years = funding.budgetYears(List.of(changde)).get(changde);

        assertThat(years).extracting(BudgetYear::fiscalYear).containsExactly(2018, 2019, 2020);
        assertThat(years).extracting(BudgetYear::initialBudget)
                .containsExactly(yuan("542000.00"), yuan("962000.00"), yuan("1137200.00"));
        assertThat(years).extracting(BudgetYear::adjustmentTotal)
                .containsExactly(yuan("0"), yuan("0"), yuan("2094200.00"));
        assertThat(years).extracting(BudgetYear::finalBudget)
                .containsExactly(yuan("542000.00"), yuan("962000.00"), yuan("3231400.00"));
        assertThat(years).extracting(BudgetYear::expenditure)
                .containsExactly(yuan("610500.00"), yuan("1215500.00"), yuan("3495700.00"));
        assertThat(years).extracting(BudgetYear::expenditureChargedToOtherFunds)
                .containsExactly(yuan("68500.00"), yuan("253500.00"), yuan("264300.00"));
        assertThat(years).extracting(year -> year.overrunRatio().setScale(4, RoundingMode.HALF_UP))
                .containsExactly(new BigDecimal("0.1264"), new BigDecimal("0.2635"), new BigDecimal("0.0818"));
        assertThat(years).allSatisfy(year -> assertThat(year.fundsReceived()).isNull());
    }

    @Test
    void changdeSupplementaryBudgetAndCumulativeFundsReceived() {
        long changde = projects.idOf("changde-mayor-hotline");
        List<FundFlow> lines = funding.fundFlows(List.of(changde), null).get(changde);

        FundFlow supplementary = single(lines, line -> line.kind().equals("BUDGET_ADJUSTMENT"));
        assertThat(supplementary.amount()).isEqualByComparingTo("2094200.00");
        assertThat(supplementary.fiscalYear()).isEqualTo(2020);
        assertThat(supplementary.date()).hasToString("2020-09");
        assertThat(supplementary.date().firstDay()).hasToString("2020-09-01");

        FundFlow received = single(lines, line -> line.kind().equals("FUNDS_RECEIVED"));
        assertThat(received.amount()).isEqualByComparingTo("4735400.00");
        assertThat(received.fiscalYear()).isNull();

        assertThat(lines).filteredOn(line -> line.kind().equals("BUDGET_INITIAL") && line.fiscalYear() == 2019
                        && line.parentId() != null)
                .extracting(FundFlow::amount)
                .containsExactly(yuan("200000.00"), yuan("192000.00"), yuan("150000.00"), yuan("420000.00"));
    }

    @Test
    void jiangmenAdjustmentComponentsAndSpendingOutsideTheLedger() {
        long jiangmen = projects.idOf("jiangmen-administrative-centre-operations");
        BudgetYear year = funding.budgetYears(List.of(jiangmen)).get(jiangmen).getFirst();

        assertThat(year.initialBudget()).isEqualByComparingTo("9870900.00");
        assertThat(year.adjustmentTotal()).isEqualByComparingTo("-570800.00");
        assertThat(year.finalBudget()).isEqualByComparingTo("9300100.00");
        assertThat(year.expenditure()).isEqualByComparingTo("9104600.00");
        assertThat(year.executionRate().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.9790");

        List<FundFlow> lines = funding.fundFlows(List.of(jiangmen), 2020).get(jiangmen);
        FundFlow adjustment = single(lines, line -> line.kind().equals("BUDGET_ADJUSTMENT"));
        assertThat(adjustment.documentReference()).isNull();
        assertThat(single(lines, line -> "hotline".equals(line.componentKey())).amount())
                .isEqualByComparingTo("4525000.00");
        assertThat(lines).filteredOn(line -> "service-centre".equals(line.componentKey()))
                .extracting(FundFlow::amount, FundFlow::inProjectLedger)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(yuan("4579600.00"), true),
                        org.assertj.core.groups.Tuple.tuple(yuan("4457300.00"), true),
                        org.assertj.core.groups.Tuple.tuple(yuan("122300.00"), false));
    }

    @Test
    void jiangmenOperatorContract() {
        long jiangmen = projects.idOf("jiangmen-administrative-centre-operations");
        Contract contract = contracts.contracts(List.of(jiangmen)).get(jiangmen).getFirst();

        assertThat(contract.operator().name()).isEqualTo("江门市新光网络有限公司");
        assertThat(contract.totalAmount()).isEqualByComparingTo("23499600.00");
        assertThat(contract.projectShareAmount()).isEqualByComparingTo("13512390.00");
        assertThat(contract.procurementReference()).isEqualTo("江财采计〔2019〕00553号");
        assertThat(contract.serviceStart()).hasToString("2019-05-01");
        assertThat(contract.serviceEnd()).hasToString("2022-04-30");
        assertThat(contract.payments()).extracting(Contract.Payment::fiscalYear, Contract.Payment::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2020, yuan("4364500.00")));
    }

    @Test
    void changdeOutsourcingContractPaidCumulatively() {
        long changde = projects.idOf("changde-mayor-hotline");
        Contract contract = contracts.contracts(List.of(changde)).get(changde).getFirst();

        assertThat(contract.operator().name()).isEqualTo("中国电信股份有限公司常德分公司");
        assertThat(contract.payments()).singleElement().satisfies(payment -> {
            assertThat(payment.amount()).isEqualByComparingTo("2130000.00");
            assertThat(payment.fiscalYear()).isNull();
        });
    }

    @Test
    void huainanAndFuminBudgets() {
        long huainan = projects.idOf("huainan-12345-hotline");
        long fumin = projects.idOf("fumin-hotline-handling");
        Map<Long, List<BudgetYear>> years = funding.budgetYears(List.of(huainan, fumin));

        BudgetYear huainan2024 = years.get(huainan).getFirst();
        assertThat(huainan2024.fiscalYear()).isEqualTo(2024);
        assertThat(huainan2024.finalBudget()).isEqualByComparingTo("4920000.00");
        assertThat(huainan2024.executionRate()).isEqualByComparingTo("1");

        BudgetYear fumin2025 = years.get(fumin).getFirst();
        assertThat(fumin2025.initialBudget()).isEqualByComparingTo("20000.00");
        assertThat(fumin2025.expenditure()).isEqualByComparingTo("19900.00");
        assertThat(fumin2025.executionRate()).isEqualByComparingTo("0.995");
        FundFlow budget = single(funding.fundFlows(List.of(fumin), 2025).get(fumin),
                line -> line.kind().equals("BUDGET_INITIAL"));
        assertThat(budget.documentReference()).isEqualTo("富财行〔2025〕1号");
        assertThat(funding.fundFlows(List.of(fumin), 2025).get(fumin))
                .filteredOn(line -> line.parentId() != null)
                .extracting(FundFlow::category, FundFlow::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("热线办理工作人员工资补助", yuan("7200.00")),
                        org.assertj.core.groups.Tuple.tuple("社保缴费支出", yuan("11300.00")),
                        org.assertj.core.groups.Tuple.tuple("劳务派遣服务费支出", yuan("1400.00")));
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    private static FundFlow single(List<FundFlow> lines, java.util.function.Predicate<FundFlow> filter) {
        List<FundFlow> matching = lines.stream().filter(filter).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
