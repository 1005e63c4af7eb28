package org.hotlineperf.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hotlineperf.importer.ParsedReport.Component;
import org.hotlineperf.importer.ParsedReport.Contract;
import org.hotlineperf.importer.ParsedReport.ContractPayment;
import org.hotlineperf.importer.ParsedReport.Deduction;
import org.hotlineperf.importer.ParsedReport.Evaluation;
import org.hotlineperf.importer.ParsedReport.Finding;
import org.hotlineperf.importer.ParsedReport.FundFlow;
import org.hotlineperf.importer.ParsedReport.GoalDeclaration;
import org.hotlineperf.importer.ParsedReport.GoalTarget;
import org.hotlineperf.importer.ParsedReport.Indicator;
import org.hotlineperf.importer.ParsedReport.Measure;
import org.hotlineperf.importer.ParsedReport.OperatingMetric;
import org.hotlineperf.importer.ParsedReport.Organisation;
import org.hotlineperf.importer.ParsedReport.PartialDate;
import org.hotlineperf.importer.ParsedReport.Project;
import org.hotlineperf.importer.ParsedReport.ReportedFigure;
import org.hotlineperf.importer.ParsedReport.Section;
import org.hotlineperf.scoring.ScoringRule;
import org.hotlineperf.scoring.StepCounting;

/**
 * Turns a report document into a {@link ParsedReport}: the JSON Schema check first, then the rules a schema
 * cannot state (known region and catalogue codes, component references, real dates, years inside the
 * project period, exact money in yuan). Every problem is collected with its JSON path before rejecting.
 */
final class ReportDocumentParser {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String PERCENT = "%";
    private static final String MONEY = "MONEY";
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final ReportDocumentSchema schema;
    private final ReferenceCodes referenceCodes;
    private final List<ImportProblem> problems = new ArrayList<>();
    private BigDecimal moneyFactor = BigDecimal.ONE;
    private Set<String> componentKeys = Set.of();
    private int periodStart;
    private int periodEnd;

    ReportDocumentParser(ReportDocumentSchema schema, ReferenceCodes referenceCodes) {
        this.schema = schema;
        this.referenceCodes = referenceCodes;
    }

    ParsedReport parse(JsonNode document) {
        problems.addAll(schema.validate(document));
        rejectNulCharacters(document, "$");
        if (!problems.isEmpty()) {
            throw new ReportRejectedException(problems);
        }
        String moneyUnit = document.get("moneyUnit").asText();
        moneyFactor = "WAN_YUAN".equals(moneyUnit) ? WAN : BigDecimal.ONE;
        Project project = project(document.get("project"), "$.project");
        ParsedReport report = new ParsedReport(
                document.get("reportKey").asText(),
                document.get("title").asText(),
                text(document, "sourceFile"),
                moneyUnit,
                contentHash(document),
                document.toString(),
                project,
                list(document, "fundFlows", "$.fundFlows", (node, path) -> fundFlow(node, path, null, null)),
                list(document, "contracts", "$.contracts", this::contract),
                list(document, "goalDeclarations", "$.goalDeclarations", this::goalDeclaration),
                list(document, "operatingMetrics", "$.operatingMetrics", this::operatingMetric),
                list(document, "reportedFigures", "$.reportedFigures", this::reportedFigure),
                evaluation(document.get("evaluation"), "$.evaluation"),
                list(document, "sections", "$.sections",
                        (node, path) -> new Section(text(node, "heading"), text(node, "body"))));
        if (!problems.isEmpty()) {
            throw new ReportRejectedException(problems);
        }
        return report;
    }

    private Project project(JsonNode node, String path) {
        periodStart = node.get("periodStartYear").asInt();
        periodEnd = node.get("periodEndYear").asInt();
        if (periodEnd < periodStart) {
            problem(path + ".periodEndYear", "period", "must not be before periodStartYear " + periodStart);
        }
        List<Component> components = list(node, "components", path + ".components",
                (c, p) -> new Component(text(c, "key"), text(c, "name"), c.get("hotline").asBoolean(),
                        text(c, "description")));
        componentKeys = components.stream().map(Component::key).collect(Collectors.toSet());
        if (componentKeys.size() != components.size()) {
            problem(path + ".components", "uniqueKeys", "component keys must be unique");
        }
        if (components.stream().filter(Component::hotline).count() > 1) {
            problem(path + ".components", "oneHotline", "at most one component may be the hotline");
        }
        return new Project(text(node, "key"), text(node, "name"), text(node, "attribute"),
                regionCode(node, path), organisation(node, "competentDepartment", path),
                organisation(node, "implementingUnit", path), periodStart, periodEnd, text(node, "description"),
                components);
    }

    /** A ledger line and its parts; a part inherits its line's fiscal year and must have its kind. */
    private FundFlow fundFlow(JsonNode node, String path, String parentKind, Integer parentYear) {
        String kind = node.get("kind").asText();
        Integer fiscalYear = fiscalYear(node, path);
        if (parentKind != null) {
            if (!kind.equals(parentKind)) {
                problem(path + ".kind", "partKind", "a part must have the kind of its line (" + parentKind + ")");
            }
            if (fiscalYear == null) {
                fiscalYear = parentYear;
            } else if (!fiscalYear.equals(parentYear)) {
                problem(path + ".fiscalYear", "partFiscalYear",
                        "a part must have the fiscal year of its line (" + parentYear + ")");
            }
        }
        BigDecimal amount = money(node, "amount", path);
        if (amount != null && amount.signum() < 0 && !"BUDGET_ADJUSTMENT".equals(kind)) {
            problem(path + ".amount", "nonNegative", "must not be negative for " + kind
                    + " (only a BUDGET_ADJUSTMENT may be negative)");
        }
        String documentReference = text(node, "documentReference");
        boolean documentMissing = bool(node, "documentMissing", false);
        if (documentMissing && documentReference != null) {
            problem(path + ".documentMissing", "documentMissingWithoutReference",
                    "must not be true when documentReference names the document");
        }
        Integer lineYear = fiscalYear;
        return new FundFlow(fiscalYear, kind, amount, componentKey(node, "component", path),
                text(node, "source"), text(node, "category"), bool(node, "chargedToOtherFunds", false),
                bool(node, "inProjectLedger", true), partialDate(node, "date", path),
                documentReference, documentMissing, text(node, "description"),
                list(node, "parts", path + ".parts", (part, partPath) -> fundFlow(part, partPath, kind, lineYear)));
    }

    private Contract contract(JsonNode node, String path) {
        PartialDate serviceStart = partialDate(node, "serviceStart", path);
        PartialDate serviceEnd = partialDate(node, "serviceEnd", path);
        if (serviceStart != null && serviceEnd != null && serviceEnd.date().isBefore(serviceStart.date())) {
            problem(path + ".serviceEnd", "period", "must not be before serviceStart");
        }
        return new Contract(text(node, "title"), organisation(node, "operator", path),
                text(node, "procurementMethod"), text(node, "procurementReference"),
                partialDate(node, "signedOn", path), serviceStart, serviceEnd,
                money(node, "totalAmount", path), money(node, "projectShareAmount", path),
                text(node, "description"),
                list(node, "payments", path + ".payments", (p, pp) -> new ContractPayment(fiscalYear(p, pp),
                        money(p, "amount", pp), partialDate(p, "paidOn", pp), text(p, "description"))));
    }

    private GoalDeclaration goalDeclaration(JsonNode node, String path) {
        int start = node.get("periodStartYear").asInt();
        int end = node.get("periodEndYear").asInt();
        if (end < start) {
            problem(path + ".periodEndYear", "period", "must not be before periodStartYear " + start);
        }
        return new GoalDeclaration(text(node, "kind"), start, end, text(node, "projectNameAsStated"),
                text(node, "overallGoal"), money(node, "totalFunds", path),
                money(node, "fiscalAppropriation", path), money(node, "otherFunds", path),
                list(node, "targets", path + ".targets", (t, tp) -> new GoalTarget(text(t, "level1"),
                        text(t, "level2"), text(t, "name"), catalogueCode(t, "code", tp), fiscalYear(t, tp),
                        text(t, "definition"), measure(t, "target", tp))));
    }

    private OperatingMetric operatingMetric(JsonNode node, String path) {
        LocalDate start = date(node, "periodStart", path);
        LocalDate end = date(node, "periodEnd", path);
        if (start != null && end != null && end.isBefore(start)) {
            problem(path + ".periodEnd", "period", "must not be before periodStart " + start);
        }
        String unit = text(node, "unit");
        return new OperatingMetric(start, end, text(node, "periodNote"), catalogueCode(node, "metric", path),
                text(node, "label"), text(node, "scope"), scaled(decimal(node, "value", path), unit), unit,
                decimal(node, "numerator", path), decimal(node, "denominator", path), text(node, "text"));
    }

    private ReportedFigure reportedFigure(JsonNode node, String path) {
        String unit = text(node, "unit");
        boolean money = MONEY.equals(unit);
        BigDecimal value = money ? money(node, "value", path) : scaled(decimal(node, "value", path), unit);
        return new ReportedFigure(fiscalYear(node, path), catalogueCode(node, "measure", path), text(node, "label"),
                componentKey(node, "component", path), value, money ? "YUAN" : unit, text(node, "text"));
    }

    private Evaluation evaluation(JsonNode node, String path) {
        int start = node.get("periodStartYear").asInt();
        int end = node.get("periodEndYear").asInt();
        if (start < periodStart || end > periodEnd || end < start) {
            problem(path + ".periodStartYear", "withinProjectPeriod", "evaluation period " + start + "-" + end
                    + " must lie within the project period " + periodStart + "-" + periodEnd);
        }
        LocalDate fieldworkStart = date(node, "fieldworkStart", path);
        LocalDate fieldworkEnd = date(node, "fieldworkEnd", path);
        if (fieldworkStart != null && fieldworkEnd != null && fieldworkEnd.isBefore(fieldworkStart)) {
            problem(path + ".fieldworkEnd", "period", "must not be before fieldworkStart");
        }
        List<Indicator> indicators = list(node, "indicators", path + ".indicators", (i, ip) -> indicator(i, ip, 0));
        return new Evaluation(text(node, "kind"), organisation(node, "evaluator", path),
                organisation(node, "commissionedBy", path), start, end, partialDate(node, "reportedOn", path),
                fieldworkStart, fieldworkEnd, text(node, "scoreTableTitle"), decimal(node, "totalWeight", path),
                decimal(node, "totalScore", path), text(node, "reportedGrade"), text(node, "reportedGradeText"),
                text(node, "gradingScheme"), text(node, "method"), text(node, "conclusion"), indicators,
                list(node, "findings", path + ".findings", (f, fp) -> new Finding(text(f, "kind"),
                        text(f, "title"), text(f, "body"), text(f, "cause"))));
    }

    private Indicator indicator(JsonNode node, String path, int parentLevel) {
        int level = node.get("level").asInt();
        if (parentLevel == 0 && level != 1) {
            problem(path + ".level", "rootLevel", "a top-level indicator must have level 1");
        } else if (parentLevel > 0 && level <= parentLevel) {
            problem(path + ".level", "childLevel", "must be deeper than its parent's level " + parentLevel);
        }
        Measure target = measure(node, "target", path);
        return new Indicator(level, text(node, "name"), catalogueCode(node, "code", path), text(node, "definition"),
                text(node, "scoringRule"), structuredScoringRule(node, path, target), target,
                measure(node, "actual", path),
                decimal(node, "weight", path), decimal(node, "score", path), decimal(node, "pointsDeducted", path),
                scaled(decimal(node, "statedScoreRate", path), PERCENT), bool(node, "notApplicable", false),
                list(node, "deductions", path + ".deductions",
                        (d, dp) -> new Deduction(decimal(d, "points", dp), text(d, "reason"))),
                text(node, "comment"),
                list(node, "children", path + ".children", (c, cp) -> indicator(c, cp, level)));
    }

    /**
     * The indicator's structured scoring rule in stored form: figures in unit % become fractions, BUDGET_EXECUTION
     * takes the standard values for what it leaves out. A proportional rule needs the indicator's target.
     */
    private ScoringRule structuredScoringRule(JsonNode indicator, String path, Measure target) {
        JsonNode node = indicator.get("structuredScoringRule");
        if (node == null) {
            return null;
        }
        String rulePath = path + ".structuredScoringRule";
        try {
            return switch (ScoringRule.Kind.valueOf(node.get("kind").asText())) {
                case THRESHOLD_STEP -> {
                    String unit = text(node, "unit");
                    BigDecimal threshold = scaled(decimal(node, "threshold", rulePath), unit);
                    BigDecimal step = scaled(decimal(node, "step", rulePath), unit);
                    BigDecimal points = decimal(node, "pointsPerStep", rulePath);
                    yield threshold == null || step == null || points == null ? null
                            : new ScoringRule.ThresholdStep(threshold, bool(node, "inclusive", true), step, points,
                            unit, stepCounting(node));
                }
                case BUDGET_EXECUTION -> {
                    ScoringRule.BudgetExecution standard = ScoringRule.BudgetExecution.STANDARD;
                    yield new ScoringRule.BudgetExecution(
                            percent(node, "threshold", rulePath, standard.threshold()),
                            bool(node, "inclusive", standard.inclusive()),
                            percent(node, "step", rulePath, standard.step()),
                            percent(node, "weightSharePerStep", rulePath, standard.weightSharePerStep()),
                            percent(node, "zeroBelow", rulePath, standard.zeroBelow()),
                            bool(node, "zeroInclusive", standard.zeroInclusive()), stepCounting(node));
                }
                case PROPORTIONAL -> {
                    if (target == null || target.operator() == null || target.value() == null) {
                        problem(rulePath + ".kind", "proportionalNeedsTarget",
                                "a PROPORTIONAL rule needs the indicator's target with operator and value");
                    }
                    yield new ScoringRule.Proportional();
                }
                case QUALITATIVE_BANDS -> qualitativeBands(node.get("bands"), rulePath + ".bands");
            };
        } catch (IllegalArgumentException e) {
            problem(rulePath, "scoringRule", e.getMessage());
            return null;
        }
    }

    private ScoringRule qualitativeBands(JsonNode array, String path) {
        List<ScoringRule.QualitativeBands.Band> bands = new ArrayList<>();
        Set<String> results = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String bandPath = path + "[" + i + "]";
            String result = text(array.get(i), "actual");
            if (!results.add(result.strip())) {
                problem(bandPath + ".actual", "uniqueBands", "another band already names \"" + result + "\"");
            }
            BigDecimal rate = scaled(decimal(array.get(i), "scoreRate", bandPath), PERCENT);
            if (rate != null && rate.compareTo(BigDecimal.ONE) > 0) {
                problem(bandPath + ".scoreRate", "atMost100", "must not exceed 100 (percent of the weight)");
            } else if (rate != null) {
                bands.add(new ScoringRule.QualitativeBands.Band(result, rate));
            }
        }
        return bands.size() == array.size() ? new ScoringRule.QualitativeBands(bands) : null;
    }

    private BigDecimal percent(JsonNode node, String field, String path, BigDecimal absent) {
        BigDecimal value = scaled(decimal(node, field, path), PERCENT);
        return value == null ? absent : value;
    }

    private static StepCounting stepCounting(JsonNode node) {
        String counting = text(node, "stepCounting");
        return counting == null ? null : StepCounting.valueOf(counting);
    }

    private Measure measure(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return null;
        }
        String unit = text(node, "unit");
        return new Measure(text(node, "operator"), scaled(decimal(node, "value", path + "." + field), unit), unit,
                text(node, "text"));
    }

    private Organisation organisation(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return null;
        }
        return new Organisation(text(node, "name"), text(node, "code"), regionCode(node, path + "." + field),
                text(node, "kind"));
    }

    private String regionCode(JsonNode node, String path) {
        String code = text(node, "regionCode");
        if (code != null && !referenceCodes.regionExists(code)) {
            problem(path + ".regionCode", "knownRegion", "unknown GB/T 2260 region code " + code);
        }
        return code;
    }

    private String catalogueCode(JsonNode node, String field, String path) {
        String code = text(node, field);
        if (code != null && !referenceCodes.catalogueCodeExists(code)) {
            problem(path + "." + field, "knownCatalogueCode", "unknown indicator catalogue code " + code);
        }
        return code;
    }

    private String componentKey(JsonNode node, String field, String path) {
        String key = text(node, field);
        if (key != null && !componentKeys.contains(key)) {
            problem(path + "." + field, "knownComponent", "no project component has the key " + key);
        }
        return key;
    }

    private Integer fiscalYear(JsonNode node, String path) {
        JsonNode year = node.get("fiscalYear");
        if (year == null) {
            return null;
        }
        if (year.asInt() < periodStart || year.asInt() > periodEnd) {
            problem(path + ".fiscalYear", "withinProjectPeriod", "fiscal year " + year.asInt()
                    + " is outside the project period " + periodStart + "-" + periodEnd);
        }
        return year.asInt();
    }

    /** An amount in the document's money unit, converted exactly to yuan (at most two decimal places). */
    private BigDecimal money(JsonNode node, String field, String path) {
        BigDecimal value = decimal(node, field, path);
        if (value == null) {
            return null;
        }
        BigDecimal yuan = value.multiply(moneyFactor);
        if (yuan.stripTrailingZeros().scale() > 2) {
            problem(path + "." + field, "moneyScale", value.toPlainString()
                    + " is not a whole number of fen (at most 2 decimal places in yuan)");
            return null;
        }
        return yuan.setScale(2);
    }

    private BigDecimal decimal(JsonNode node, String field, String path) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(path + "." + field, "decimal", "\"" + text + "\" is not a decimal number");
            return null;
        }
    }

    private static BigDecimal scaled(BigDecimal value, String unit) {
        return value != null && PERCENT.equals(unit) ? value.divide(HUNDRED) : value;
    }

    private LocalDate date(JsonNode node, String field, String path) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            problem(path + "." + field, "date", "\"" + text + "\" is not a calendar date");
            return null;
        }
    }

    private PartialDate partialDate(JsonNode node, String field, String path) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        String[] parts = text.split("-");
        try {
            return switch (parts.length) {
                case 1 -> new PartialDate(LocalDate.of(Integer.parseInt(parts[0]), 1, 1), "YEAR");
                case 2 -> new PartialDate(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1),
                        "MONTH");
                default -> new PartialDate(LocalDate.parse(text), "DAY");
            };
        } catch (DateTimeException | NumberFormatException e) {
            problem(path + "." + field, "date", "\"" + text + "\" is not a calendar date");
            return null;
        }
    }

    private <T> List<T> list(JsonNode parent, String field, String path, BiFunction<JsonNode, String, T> mapper) {
        JsonNode array = parent.get(field);
        if (array == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(mapper.apply(array.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static boolean bool(JsonNode node, String field, boolean absent) {
        JsonNode value = node.get(field);
        return value == null ? absent : value.asBoolean();
    }

    /**
     * PostgreSQL text and JSONB cannot hold the NUL character (U+0000); a document with one anywhere is rejected
     * here with its paths, instead of failing inside the database (found by the fuzz run).
     */
    private void rejectNulCharacters(JsonNode node, String path) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            problem(path, "noNulCharacter", "must not contain the NUL character (U+0000)");
        } else if (node.isObject()) {
            node.properties().forEach(property -> {
                if (property.getKey().indexOf('\u0000') >= 0) {
                    problem(path, "noNulCharacter", "property names must not contain the NUL character (U+0000)");
                } else {
                    rejectNulCharacters(property.getValue(), path + "." + property.getKey());
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                rejectNulCharacters(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private void problem(String path, String rule, String message) {
        problems.add(new ImportProblem(path, rule, message));
    }

    /** SHA-256 over the document with object keys sorted, so formatting and key order do not matter. */
    private static String contentHash(JsonNode document) {
        try {
            Object tree = CANONICAL.treeToValue(document, Object.class);
            byte[] canonical = CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot hash report document", e);
        }
    }
}
