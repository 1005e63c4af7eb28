package org.hotlineperf.consistency;

import static org.hotlineperf.db.Tables.CONSISTENCY_CHECK_RUN;
import static org.hotlineperf.db.Tables.CONSISTENCY_FLAG;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.REGION;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record10;
import org.jooq.SelectJoinStep;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Stores the flags of projects (delete and insert, many rows per statement) and reads them for the API: per
 * evaluation or project for many parents at once, and as a filtered page ordered by id.
 */
@Repository
class FlagRepository {

    /** Serialises recomputations, so that two writers to one project cannot store flags of a stale view. */
    private static final long RECOMPUTATION_LOCK = 0x48504643_4845434BL;
    /** Rows per insert statement. */
    private static final int INSERT_ROWS = 1_000;
    private static final org.hotlineperf.db.tables.Region SUBREGION = REGION.as("subregion");

    private final DSLContext dsl;
    private final ObjectMapper json = new ObjectMapper();

    FlagRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Waits for, then holds until the end of the transaction, the right to recompute flags. */
    void lockRecomputation() {
        dsl.select(function("pg_advisory_xact_lock", SQLDataType.OTHER, val(RECOMPUTATION_LOCK))).fetch();
    }

    List<Long> allProjectIds() {
        return dsl.select(PROJECT.ID).from(PROJECT).orderBy(PROJECT.ID).fetch(PROJECT.ID);
    }

    void deleteForProjects(Collection<Long> projectIds) {
        dsl.deleteFrom(CONSISTENCY_FLAG).where(CONSISTENCY_FLAG.PROJECT_ID.in(projectIds)).execute();
    }

    void insert(List<FoundFlag> flags) {
        for (int from = 0; from < flags.size(); from += INSERT_ROWS) {
            var insert = dsl.insertInto(CONSISTENCY_FLAG, CONSISTENCY_FLAG.PROJECT_ID, CONSISTENCY_FLAG.EVALUATION_ID,
                    CONSISTENCY_FLAG.INDICATOR_ID, CONSISTENCY_FLAG.CODE, CONSISTENCY_FLAG.SEVERITY,
                    CONSISTENCY_FLAG.FISCAL_YEAR, CONSISTENCY_FLAG.PERIOD_START_YEAR, CONSISTENCY_FLAG.PERIOD_END_YEAR,
                    CONSISTENCY_FLAG.MESSAGE, CONSISTENCY_FLAG.MESSAGE_ZH, CONSISTENCY_FLAG.EVIDENCE);
            for (FoundFlag flag : flags.subList(from, Math.min(flags.size(), from + INSERT_ROWS))) {
                insert = insert.values(flag.projectId(), flag.evaluationId(), flag.indicatorId(), flag.code().name(),
                        flag.severity().name(), flag.fiscalYear(), flag.periodStartYear(), flag.periodEndYear(),
                        flag.message(), flag.messageZh(), evidence(flag.evidence()));
            }
            insert.execute();
        }
    }

    /** The version of the check definitions the stored flags were computed with; null before the first run. */
    Integer checksVersion() {
        return dsl.select(CONSISTENCY_CHECK_RUN.CHECKS_VERSION).from(CONSISTENCY_CHECK_RUN)
                .fetchOptional(CONSISTENCY_CHECK_RUN.CHECKS_VERSION).orElse(null);
    }

    void recordChecksVersion(int version) {
        dsl.insertInto(CONSISTENCY_CHECK_RUN)
                .set(CONSISTENCY_CHECK_RUN.SINGLETON, true)
                .set(CONSISTENCY_CHECK_RUN.CHECKS_VERSION, version)
                .set(CONSISTENCY_CHECK_RUN.COMPLETED_AT, currentOffsetDateTime())
                .onConflict(CONSISTENCY_CHECK_RUN.SINGLETON)
                .doUpdate()
                .set(CONSISTENCY_CHECK_RUN.CHECKS_VERSION, excluded(CONSISTENCY_CHECK_RUN.CHECKS_VERSION))
                .set(CONSISTENCY_CHECK_RUN.COMPLETED_AT, excluded(CONSISTENCY_CHECK_RUN.COMPLETED_AT))
                .execute();
    }

    /** Flags per evaluation, the most severe first, then in the order they were raised. */
    Map<Long, List<Flag>> byEvaluations(Collection<Long> evaluationIds) {
        return selectFlags()
                .where(CONSISTENCY_FLAG.EVALUATION_ID.in(evaluationIds))
                .orderBy(CONSISTENCY_FLAG.SEVERITY.sortAsc("ERROR", "WARNING", "INFO"), CONSISTENCY_FLAG.ID)
                .fetch(this::flag)
                .stream()
                .collect(Collectors.groupingBy(Flag::evaluationId));
    }

    /** Flags per project, the most severe first, then in the order they were raised. */
    Map<Long, List<Flag>> byProjects(Collection<Long> projectIds) {
        return selectFlags()
                .where(CONSISTENCY_FLAG.PROJECT_ID.in(projectIds))
                .orderBy(CONSISTENCY_FLAG.SEVERITY.sortAsc("ERROR", "WARNING", "INFO"), CONSISTENCY_FLAG.ID)
                .fetch(this::flag)
                .stream()
                .collect(Collectors.groupingBy(Flag::projectId));
    }

    /** Up to {@code limit} flags matching the filter with ids above {@code afterId}, ordered by id. */
    List<Flag> page(FlagFilter filter, Long afterId, int limit) {
        return selectFlags()
                .where(matching(filter))
                .and(afterId == null ? noCondition() : CONSISTENCY_FLAG.ID.gt(afterId))
                .orderBy(CONSISTENCY_FLAG.ID)
                .limit(limit)
                .fetch(this::flag);
    }

    int count(FlagFilter filter) {
        return dsl.fetchCount(CONSISTENCY_FLAG, matching(filter));
    }

    private SelectJoinStep<Record10<Long, Long, Long, Long, String, String, Integer, String, String, JSONB>> selectFlags() {
        return dsl.select(CONSISTENCY_FLAG.ID, CONSISTENCY_FLAG.PROJECT_ID, CONSISTENCY_FLAG.EVALUATION_ID,
                        CONSISTENCY_FLAG.INDICATOR_ID, CONSISTENCY_FLAG.CODE, CONSISTENCY_FLAG.SEVERITY,
                        CONSISTENCY_FLAG.FISCAL_YEAR, CONSISTENCY_FLAG.MESSAGE, CONSISTENCY_FLAG.MESSAGE_ZH,
                        CONSISTENCY_FLAG.EVIDENCE)
                .from(CONSISTENCY_FLAG);
    }

    private Flag flag(Record10<Long, Long, Long, Long, String, String, Integer, String, String, JSONB> record) {
        return new Flag(record.value1(), record.value2(), record.value3(), record.value4(),
                FlagCode.valueOf(record.value5()), FlagSeverity.valueOf(record.value6()), record.value7(),
                record.value8(), record.value9(), evidence(record.value10()));
    }

    private static Condition matching(FlagFilter filter) {
        Condition condition = noCondition();
        if (filter.code() != null) {
            condition = condition.and(CONSISTENCY_FLAG.CODE.eq(filter.code().name()));
        }
        if (filter.severity() != null) {
            condition = condition.and(CONSISTENCY_FLAG.SEVERITY.eq(filter.severity().name()));
        }
        if (filter.regionCode() != null) {
            condition = condition.and(CONSISTENCY_FLAG.PROJECT_ID.in(select(PROJECT.ID).from(PROJECT)
                    .where(PROJECT.REGION_CODE.in(select(REGION.CODE).from(REGION)
                            .where(REGION.CODE.eq(filter.regionCode()))
                            .or(REGION.PARENT_CODE.eq(filter.regionCode()))
                            .or(REGION.PARENT_CODE.in(select(SUBREGION.CODE).from(SUBREGION)
                                    .where(SUBREGION.PARENT_CODE.eq(filter.regionCode()))))))));
        }
        if (filter.fiscalYear() != null) {
            condition = condition.and(CONSISTENCY_FLAG.PERIOD_START_YEAR.le(filter.fiscalYear()))
                    .and(CONSISTENCY_FLAG.PERIOD_END_YEAR.ge(filter.fiscalYear()));
        }
        return condition;
    }

    private JSONB evidence(List<Evidence> evidence) {
        ArrayNode array = json.createArrayNode();
        for (Evidence item : evidence) {
            ObjectNode node = array.addObject().put("name", item.name());
            if (item.value() != null) {
                node.put("value", item.value().toPlainString());
            }
            if (item.unit() != null) {
                node.put("unit", item.unit());
            }
            if (item.text() != null) {
                node.put("text", item.text());
            }
        }
        return JSONB.valueOf(array.toString());
    }

    private List<Evidence> evidence(JSONB stored) {
        JsonNode array;
        try {
            array = json.readTree(stored.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not JSON", e);
        }
        List<Evidence> evidence = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            evidence.add(new Evidence(item.get("name").asText(),
                    item.hasNonNull("value") ? new BigDecimal(item.get("value").asText()) : null,
                    item.hasNonNull("unit") ? item.get("unit").asText() : null,
                    item.hasNonNull("text") ? item.get("text").asText() : null));
        }
        return evidence;
    }
}
