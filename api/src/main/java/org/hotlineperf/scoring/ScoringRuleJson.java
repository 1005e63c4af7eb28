package org.hotlineperf.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a {@link ScoringRule} (the JSONB columns {@code indicator.structured_scoring_rule} and
 * {@code indicator_catalogue.default_scoring_rule}): {@code kind} and the rule's fields, decimals as strings,
 * rates as fractions; {@code stepCounting} is absent when the rule leaves it open. E.g.
 * {@code {"kind":"THRESHOLD_STEP","threshold":"0.9","inclusive":false,"step":"0.05","pointsPerStep":"0.5","unit":"%"}}.
 */
public final class ScoringRuleJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoringRuleJson() {
    }

    public static String write(ScoringRule rule) {
        ObjectNode node = JSON.createObjectNode().put("kind", rule.kind().name());
        switch (rule) {
            case ScoringRule.ThresholdStep threshold -> {
                node.put("threshold", threshold.threshold().toPlainString())
                        .put("inclusive", threshold.inclusive())
                        .put("step", threshold.step().toPlainString())
                        .put("pointsPerStep", threshold.pointsPerStep().toPlainString());
                if (threshold.unit() != null) {
                    node.put("unit", threshold.unit());
                }
                counting(node, threshold.stepCounting());
            }
            case ScoringRule.BudgetExecution execution -> {
                node.put("threshold", execution.threshold().toPlainString())
                        .put("inclusive", execution.inclusive())
                        .put("step", execution.step().toPlainString())
                        .put("weightSharePerStep", execution.weightSharePerStep().toPlainString())
                        .put("zeroBelow", execution.zeroBelow().toPlainString())
                        .put("zeroInclusive", execution.zeroInclusive());
                counting(node, execution.stepCounting());
            }
            case ScoringRule.Proportional proportional -> {
                // the kind says it all
            }
            case ScoringRule.QualitativeBands qualitative -> {
                ArrayNode bands = node.putArray("bands");
                qualitative.bands().forEach(band -> bands.addObject()
                        .put("actual", band.actual())
                        .put("scoreRate", band.scoreRate().toPlainString()));
            }
        }
        return node.toString();
    }

    /** The rule a stored JSON text holds; null for null. */
    public static ScoringRule read(String json) {
        if (json == null) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scoring rule is not JSON: " + json, e);
        }
        return switch (ScoringRule.Kind.valueOf(node.get("kind").asText())) {
            case THRESHOLD_STEP -> new ScoringRule.ThresholdStep(decimal(node, "threshold"),
                    node.get("inclusive").asBoolean(), decimal(node, "step"), decimal(node, "pointsPerStep"),
                    node.hasNonNull("unit") ? node.get("unit").asText() : null, counting(node));
            case BUDGET_EXECUTION -> new ScoringRule.BudgetExecution(decimal(node, "threshold"),
                    node.get("inclusive").asBoolean(), decimal(node, "step"), decimal(node, "weightSharePerStep"),
                    decimal(node, "zeroBelow"), node.get("zeroInclusive").asBoolean(), counting(node));
            case PROPORTIONAL -> new ScoringRule.Proportional();
            case QUALITATIVE_BANDS -> {
                List<ScoringRule.QualitativeBands.Band> bands = new ArrayList<>();
                node.get("bands").forEach(band -> bands.add(new ScoringRule.QualitativeBands.Band(
                        band.get("actual").asText(), decimal(band, "scoreRate"))));
                yield new ScoringRule.QualitativeBands(bands);
            }
        };
    }

    private static void counting(ObjectNode node, StepCounting counting) {
        if (counting != null) {
            node.put("stepCounting", counting.name());
        }
    }

    private static StepCounting counting(JsonNode node) {
        return node.hasNonNull("stepCounting") ? StepCounting.valueOf(node.get("stepCounting").asText()) : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }
}
