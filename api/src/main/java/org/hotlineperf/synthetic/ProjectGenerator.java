package org.hotlineperf.synthetic;

import static org.hotlineperf.synthetic.Money.hundreds;
import static org.hotlineperf.synthetic.Money.ratio;
import static org.hotlineperf.synthetic.Money.wan;
import static org.hotlineperf.synthetic.Money.yuan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.hotlineperf.synthetic.SyntheticProject.Component;
import org.hotlineperf.synthetic.SyntheticProject.LedgerLine;
import org.hotlineperf.synthetic.SyntheticProject.Metric;
import org.hotlineperf.synthetic.SyntheticProject.Organisation;
import org.hotlineperf.synthetic.SyntheticProject.Year;

/**
 * Generates one region's hotline project over the requested fiscal years: the budget as the seeds show it
 * (an itemised initial budget, dated adjustments with or without a document number, funds received, spending by
 * category with overruns charged to other funds as in Changde), monthly calls, answered calls, tickets and
 * connection rates with their numerator and denominator, and an evaluation scored from those figures. The size
 * of a project follows its level (a county hotline costs tens of 万元 a year, a prefecture's hundreds, a
 * municipality's thousands) and grows over the years, with a step where a hotline is consolidated or outsourced.
 * Everything comes from {@link SyntheticRandom} streams of the seed, the region and the year.
 */
final class ProjectGenerator {

    static final String KEY_PREFIX = "synthetic-";
    static final int GENERATOR_VERSION = 1;

    private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");
    /** Relative call volume by month: the Spring Festival dip in February, the summer peak. */
    private static final double[] SEASON = {1.00, 0.78, 0.95, 0.97, 1.00, 1.05, 1.12, 1.13, 1.02, 0.93, 0.98, 1.02};

    private record Category(String name, String componentKey, double share) {
    }

    private final EvaluationGenerator evaluations;

    ProjectGenerator(GradeScale grades) {
        this.evaluations = new EvaluationGenerator(grades);
    }

    /** The project of {@code region} with reports for {@code years} fiscal years from {@code firstYear}. */
    SyntheticProject generate(long seed, SyntheticRegion region, int firstYear, int years) {
        SyntheticRandom random = SyntheticRandom.derive(seed, "project", region.code());
        String place = region.displayName();
        Organisation competentDepartment = new Organisation(place + (region.isProvince() ? "人民政府办公厅"
                : random.chance(0.6) ? "人民政府办公室" : "政务服务数据管理局"), region.code(), "GOVERNMENT");
        Organisation implementingUnit = random.chance(0.45) ? competentDepartment
                : new Organisation(place + "12345政务服务便民热线管理中心", region.code(), "PUBLIC_INSTITUTION");
        Organisation financeBureau = new Organisation(place + (region.isProvince() ? "财政厅" : "财政局"),
                region.code(), "GOVERNMENT");
        boolean withComponents = random.chance(0.3);
        List<Component> components = withComponents ? List.of(
                new Component(SyntheticProject.HOTLINE_COMPONENT, place + "12345政务服务便民热线运营", true,
                        "话务坐席、工单转办、回访和热线平台运行维护。"),
                new Component("service-centre", place + "政务服务中心日常运行", false,
                        "政务服务中心的水电、物业、办公和日常运作。"))
                : List.of();
        String name = withComponents ? place + "政务服务中心及12345热线运行经费" : place + random.pick(List.of(
                "12345政务服务便民热线运行经费", "12345政务服务便民热线项目", "12345政府服务热线运行维护经费",
                "政务服务热线工作经费"));
        Profile profile = new Profile(region, random, withComponents);
        int lastYear = firstYear + years - 1;
        List<Year> reports = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            reports.add(year(seed, region, name, profile, year, firstYear, competentDepartment, implementingUnit,
                    financeBureau));
        }
        String description = place + "12345政务服务便民热线7×24小时受理企业和群众的咨询、求助、投诉、举报和建议，"
                + "工单按职责转办承办单位并回访。" + place + "财政每年将热线运行经费纳入部门预算，由"
                + implementingUnit.name() + "负责实施。";
        return new SyntheticProject(region, KEY_PREFIX + region.code(), name, competentDepartment, implementingUnit,
                firstYear, lastYear, description, components, reports);
    }

    /** The lasting traits of a project, drawn once: size, growth, costs and how well it is run. */
    private static final class Profile {

        final double baseBudget;
        final double growth;
        final int stepYearOffset;
        final double stepFactor;
        final double costPerCall;
        final double connectionRate;
        final double connectionTrend;
        final double ticketShare;
        final double closureRate;
        final double satisfactionRate;
        final double overrunChance;
        final double quality;
        final List<Category> categories;

        Profile(SyntheticRegion region, SyntheticRandom random, boolean withComponents) {
            if (region.isProvince()) {
                baseBudget = random.logNormal(MUNICIPALITIES.contains(region.code()) ? 60_000_000 : 15_000_000, 0.4);
                costPerCall = random.between(5, 10);
            } else if (region.isCounty()) {
                baseBudget = random.logNormal(300_000, 0.6);
                costPerCall = random.between(12, 30);
            } else {
                baseBudget = random.logNormal(3_000_000, 0.55);
                costPerCall = random.between(7, 16);
            }
            growth = random.between(0.02, 0.10);
            stepYearOffset = random.chance(0.35) ? random.intBetween(2, 6) : -1;
            stepFactor = random.between(1.4, 2.2);
            connectionRate = random.between(0.84, 0.97);
            connectionTrend = random.between(0.0, 0.006);
            ticketShare = random.between(0.3, 0.6);
            closureRate = random.between(0.9, 0.995);
            satisfactionRate = random.between(0.86, 0.99);
            overrunChance = random.chance(0.25) ? 0.35 : 0.05;
            quality = random.nextDouble();
            categories = withComponents ? List.of(
                    new Category("话务外包服务费", SyntheticProject.HOTLINE_COMPONENT, 0.35),
                    new Category("热线系统运维费", SyntheticProject.HOTLINE_COMPONENT, 0.12),
                    new Category("通信费", SyntheticProject.HOTLINE_COMPONENT, 0.08),
                    new Category("水电及物业费", "service-centre", 0.25),
                    new Category("办公及日常运行费", "service-centre", 0.20))
                    : categoriesWithoutComponents(random);
        }

        private static List<Category> categoriesWithoutComponents(SyntheticRandom random) {
            List<Category> categories = new ArrayList<>();
            boolean outsourced = random.chance(0.55);
            categories.add(new Category(outsourced ? "话务外包服务费" : "人员经费", null, 0.55));
            categories.add(new Category("热线系统运维费", null, 0.2));
            if (random.chance(0.7)) {
                categories.add(new Category("通信费", null, 0.1));
            }
            if (random.chance(0.6)) {
                categories.add(new Category("办公及培训费", null, 0.08));
            }
            if (random.chance(0.3)) {
                categories.add(new Category("宣传推广费", null, 0.04));
            }
            return List.copyOf(categories);
        }
    }

    private Year year(long seed, SyntheticRegion region, String projectName, Profile profile, int year, int firstYear,
                      Organisation competentDepartment, Organisation implementingUnit, Organisation financeBureau) {
        SyntheticRandom random = SyntheticRandom.derive(seed, "year", region.code(), year);
        int offset = year - firstYear;
        double trend = profile.baseBudget * StrictMath.pow(1 + profile.growth, offset)
                * (profile.stepYearOffset >= 0 && offset >= profile.stepYearOffset ? profile.stepFactor : 1.0);
        List<LedgerLine> ledger = new ArrayList<>();

        BigDecimal initial = hundreds(trend * (1 + 0.05 * random.gaussian()));
        ledger.add(line("BUDGET_INITIAL", initial, null, "FISCAL_APPROPRIATION", null, false, null, null, null,
                year + "年年初预算安排" + projectName + wan(initial).toPlainString() + "万元",
                split("BUDGET_INITIAL", initial, profile.categories, random, true)));

        BigDecimal adjustmentTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal undocumented = BigDecimal.ZERO.setScale(2);
        int adjustments = random.chance(0.5) ? 0 : random.chance(0.7) ? 1 : 2;
        for (int i = 0; i < adjustments; i++) {
            boolean increase = random.chance(0.75);
            BigDecimal amount = hundreds(initial.doubleValue()
                    * (increase ? random.between(0.05, 0.35) : -random.between(0.02, 0.10)));
            boolean dayPrecision = random.chance(0.75);
            LocalDate date = LocalDate.of(year, random.intBetween(4 + 4 * i, 7 + 4 * i), dayPrecision
                    ? random.intBetween(1, 28) : 1);
            String reference = random.chance(0.65)
                    ? region.abbreviation() + "财预〔" + year + "〕" + random.intBetween(3, 240) + "号" : null;
            String purpose = increase ? "追加" + (year == 2020 && random.chance(0.6) ? "疫情防控期间热线话务扩容资金"
                    : random.pick(List.of("话务外包服务资金", "热线平台升级改造资金", "话务坐席扩容资金", "知识库建设资金")))
                    : "年中追减" + random.pick(List.of("（压减一般性支出）", "（落实过紧日子要求压减经费）"));
            ledger.add(line("BUDGET_ADJUSTMENT", amount, null, "FISCAL_APPROPRIATION", null, false, date,
                    dayPrecision ? "DAY" : "MONTH", reference,
                    purpose + wan(amount.abs()).toPlainString() + "万元" + (reference == null ? "；未提供预算调整文件" : ""),
                    List.of()));
            adjustmentTotal = adjustmentTotal.add(amount);
            if (reference == null) {
                undocumented = undocumented.add(amount.abs());
            }
        }
        BigDecimal finalBudget = initial.add(adjustmentTotal);

        BigDecimal received = random.chance(0.7) ? finalBudget : yuan(finalBudget.doubleValue()
                * random.between(0.85, 0.995));
        ledger.add(line("FUNDS_RECEIVED", received, null, "FISCAL_APPROPRIATION", null, false,
                LocalDate.of(year, 12, 31), "DAY", null, "截至" + year + "年12月31日资金到位"
                        + wan(received).toPlainString() + "万元", List.of()));

        boolean overrun = random.chance(profile.overrunChance);
        double execution = overrun ? random.between(0.97, 1.0)
                : random.chance(0.55) ? random.between(0.97, 1.0) : random.between(0.75, 0.97);
        BigDecimal inBudget = yuan(finalBudget.doubleValue() * execution);
        ledger.addAll(split("EXPENDITURE", inBudget, profile.categories, random, false));
        BigDecimal charged = BigDecimal.ZERO.setScale(2);
        if (overrun) {
            charged = yuan(finalBudget.doubleValue() * random.between(0.03, 0.28));
            ledger.add(line("EXPENDITURE", charged, profile.categories.getFirst().componentKey(), null, "公用经费列支",
                    true, null, null, null, "超出预算部分" + wan(charged).toPlainString() + "万元从单位公用经费列支",
                    List.of()));
        }
        BigDecimal expenditure = inBudget.add(charged);
        BigDecimal hotlineExpenditure = ledger.stream()
                .filter(l -> l.kind().equals("EXPENDITURE"))
                .filter(l -> l.componentKey() == null || l.componentKey().equals(SyntheticProject.HOTLINE_COMPONENT))
                .map(LedgerLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        String scope = region.displayName() + "12345政务服务便民热线";
        long expectedAnswered = Math.max(1200, Math.round(hotlineExpenditure.doubleValue()
                / (profile.costPerCall * StrictMath.pow(1.03, offset))));
        double connection = Math.min(0.99, profile.connectionRate + profile.connectionTrend * offset);
        List<Metric> metrics = new ArrayList<>();
        long callsReceived = 0;
        long callsAnswered = 0;
        long tickets = 0;
        double seasonTotal = 0;
        for (double weight : SEASON) {
            seasonTotal += weight;
        }
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            double weight = SEASON[month - 1] * (1 + 0.06 * random.gaussian()) * surge(year, month);
            double monthRate = Math.max(0.6, Math.min(0.999, connection + 0.015 * random.gaussian()));
            long answered = Math.max(50, Math.round(expectedAnswered * weight / seasonTotal));
            long calls = Math.max(answered, Math.round(answered / monthRate));
            long handled = Math.round(answered * profile.ticketShare * (1 + 0.05 * random.gaussian()));
            callsReceived += calls;
            callsAnswered += answered;
            tickets += handled;
            LocalDate start = period.atDay(1);
            LocalDate end = period.atEndOfMonth();
            metrics.add(new Metric(start, end, "CALLS_RECEIVED", "受理来电", scope, BigDecimal.valueOf(calls), "通",
                    null, null));
            metrics.add(new Metric(start, end, "CALLS_ANSWERED", "接听来电", scope, BigDecimal.valueOf(answered), "通",
                    null, null));
            metrics.add(new Metric(start, end, "TICKETS_HANDLED", "办理工单", scope, BigDecimal.valueOf(handled), "件",
                    null, null));
            metrics.add(new Metric(start, end, "CONNECTION_RATE", "接通率", scope, ratio(answered, calls), "%",
                    BigDecimal.valueOf(answered), BigDecimal.valueOf(calls)));
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long closedOnTime = Math.min(tickets, Math.round(tickets
                * Math.min(0.999, profile.closureRate + 0.01 * random.gaussian())));
        BigDecimal closureRate = ratio(closedOnTime, tickets);
        metrics.add(new Metric(yearStart, yearEnd, "ON_TIME_CLOSURE_RATE", "按时办结率", scope, closureRate, "%",
                BigDecimal.valueOf(closedOnTime), BigDecimal.valueOf(tickets)));
        BigDecimal satisfaction = Money.fraction(Math.min(0.999, profile.satisfactionRate
                + 0.01 * random.gaussian()), 4);
        metrics.add(new Metric(yearStart, yearEnd, "SATISFACTION_RATE", "群众满意率", scope, satisfaction, "%",
                null, null));

        String kind = random.chance(0.55) ? "SELF" : random.chance(0.45) ? "DEPARTMENT" : "THIRD_PARTY";
        YearFacts facts = new YearFacts(year, kind, initial, adjustmentTotal, finalBudget, received, expenditure,
                charged, undocumented, callsReceived, callsAnswered,
                roundDown(callsReceived * random.between(0.85, 1.05), 1000), tickets,
                roundDown(tickets * random.between(0.85, 1.05), 100), closureRate, satisfaction, profile.quality);
        Organisation evaluator = switch (kind) {
            case "SELF" -> implementingUnit;
            case "DEPARTMENT" -> competentDepartment;
            default -> new Organisation(region.provinceShortName() + random.pick(EvaluationGenerator.FIRMS),
                    null, "COMPANY");
        };
        Organisation commissionedBy = kind.equals("THIRD_PARTY") ? financeBureau : null;

        String reportKey = KEY_PREFIX + region.code() + "-" + year;
        String document = "{\"fiscalYear\":" + year + ",\"generatorVersion\":" + GENERATOR_VERSION
                + ",\"regionCode\":\"" + region.code() + "\",\"seed\":" + seed + ",\"synthetic\":true}";
        String title = projectName + year + "年度绩效" + (kind.equals("SELF") ? "自评报告" : "评价报告");
        return new Year(year, reportKey, title, document, sha256(document), List.copyOf(ledger), List.copyOf(metrics),
                evaluations.generate(random, projectName, facts, evaluator, commissionedBy));
    }

    /** Calls swell in the first months of 2020 (epidemic) and in December 2022 (the end of the controls). */
    private static double surge(int year, int month) {
        if (year == 2020 && (month == 2 || month == 3)) {
            return month == 2 ? 1.45 : 1.25;
        }
        return year == 2022 && month == 12 ? 1.4 : 1.0;
    }

    private static long roundDown(double value, long unit) {
        return Math.max(unit, (long) (value / unit) * unit);
    }

    /** Splits {@code total} over the categories with some noise; the parts add up to the total exactly. */
    private static List<LedgerLine> split(String kind, BigDecimal total, List<Category> categories,
                                          SyntheticRandom random, boolean budget) {
        double[] weights = new double[categories.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = categories.get(i).share() * random.between(0.85, 1.15);
            sum += weights[i];
        }
        List<LedgerLine> lines = new ArrayList<>();
        BigDecimal remaining = total;
        for (int i = 0; i < weights.length; i++) {
            Category category = categories.get(i);
            BigDecimal amount = i == weights.length - 1 ? remaining
                    : budget ? hundreds(total.doubleValue() * weights[i] / sum)
                    : yuan(total.doubleValue() * weights[i] / sum);
            remaining = remaining.subtract(amount);
            lines.add(line(kind, amount, category.componentKey(), "FISCAL_APPROPRIATION", category.name(), false,
                    null, null, null, budget ? null : category.name() + "支出" + wan(amount).toPlainString() + "万元",
                    List.of()));
        }
        return lines;
    }

    private static LedgerLine line(String kind, BigDecimal amount, String componentKey, String source,
                                   String category, boolean chargedToOtherFunds, LocalDate occurredOn,
                                   String precision, String documentReference, String description,
                                   List<LedgerLine> parts) {
        return new LedgerLine(kind, amount, componentKey, source, category, chargedToOtherFunds, occurredOn, precision,
                documentReference, description, parts);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
