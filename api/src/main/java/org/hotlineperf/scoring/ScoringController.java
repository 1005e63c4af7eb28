package org.hotlineperf.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.evaluation.Indicator;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The scoring fields of the {@code Indicator} type: its structured rule and the score the applied rule gives, for
 * every indicator of the response in one statement.
 */
@Controller
class ScoringController {

    private final ScoringRuleRepository rules;

    ScoringController(ScoringRuleRepository rules) {
        this.rules = rules;
    }

    @BatchMapping(typeName = "Indicator")
    Map<Indicator, ScoringRuleView> structuredScoringRule(List<Indicator> indicators) {
        Map<Long, ScoringRuleRepository.IndicatorRules> loaded = rules.rules(ids(indicators));
        Map<Indicator, ScoringRuleView> views = new HashMap<>();
        for (Indicator indicator : indicators) {
            var found = loaded.get(indicator.id());
            if (found != null && found.own() != null) {
                views.put(indicator, ScoringRuleView.of(found.own()));
            }
        }
        return views;
    }

    @BatchMapping(typeName = "Indicator")
    Map<Indicator, RuleScore> ruleScore(List<Indicator> indicators) {
        Map<Long, ScoringRuleRepository.IndicatorRules> loaded = rules.rules(ids(indicators));
        Map<Indicator, RuleScore> scores = new HashMap<>();
        for (Indicator indicator : indicators) {
            var found = loaded.get(indicator.id());
            if (found == null || indicator.notApplicable()) {
                continue;
            }
            RuleInput input = input(indicator);
            AppliedRule applied = AppliedRule.resolve(found.own(), indicator.scoringRule() != null,
                    found.catalogueDefault(), input);
            if (applied != null) {
                ScoreRange range = applied.score(input);
                scores.put(indicator, new RuleScore(applied.source(), ScoringRuleView.of(applied.rule()),
                        range == null ? null : range.lowest(), range == null ? null : range.highest()));
            }
        }
        return scores;
    }

    private static RuleInput input(Indicator indicator) {
        var target = indicator.target();
        var actual = indicator.actual();
        return new RuleInput(indicator.weight(), actual == null ? null : actual.value(),
                actual == null ? null : actual.unit(), actual == null ? null : actual.text(),
                target == null ? null : target.operator(), target == null ? null : target.value(),
                target == null ? null : target.unit());
    }

    private static List<Long> ids(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::id).toList();
    }
}
