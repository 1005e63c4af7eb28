package org.hotlineperf.scoring;

import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_CATALOGUE;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads the structured scoring rules of many indicators in one statement: each one's own and its catalogue code's
 * default.
 */
@Repository
class ScoringRuleRepository {

    private final DSLContext dsl;

    ScoringRuleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The rules of each indicator that exists. */
    Map<Long, IndicatorRules> rules(Collection<Long> indicatorIds) {
        return dsl.select(INDICATOR.ID, INDICATOR.STRUCTURED_SCORING_RULE, INDICATOR_CATALOGUE.DEFAULT_SCORING_RULE)
                .from(INDICATOR)
                .leftJoin(INDICATOR_CATALOGUE).on(INDICATOR_CATALOGUE.CODE.eq(INDICATOR.CATALOGUE_CODE))
                .where(INDICATOR.ID.in(indicatorIds))
                .fetchMap(record -> record.value1(), record -> new IndicatorRules(
                        record.value2() == null ? null : ScoringRuleJson.read(record.value2().data()),
                        record.value3() == null ? null : ScoringRuleJson.read(record.value3().data())));
    }

    /** An indicator's own structured rule and its catalogue code's default, each possibly null. */
    record IndicatorRules(ScoringRule own, ScoringRule catalogueDefault) {
    }
}
