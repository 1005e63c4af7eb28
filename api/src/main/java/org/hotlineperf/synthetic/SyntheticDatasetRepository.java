package org.hotlineperf.synthetic;

import static org.hotlineperf.db.Tables.GRADE_BAND;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.currentSchema;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The synthetic dataset as a whole: whether it is there, removing it, and the lock that keeps two generators
 * apart. Synthetic rows are recognised by their keys ({@code synthetic-} before the project and report keys).
 * Organisations stay when the dataset is removed: they are shared with imported reports, as in the importer,
 * and a new run finds them by name.
 */
@Repository
class SyntheticDatasetRepository {

    /** Advisory lock key space of the generator ("HPSY"); the importer uses its own. */
    private static final int LOCK_SPACE = 0x48505359;

    private final DSLContext dsl;

    SyntheticDatasetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Serialises generators until the end of the transaction. */
    void lock() {
        dsl.select(function("pg_advisory_xact_lock", SQLDataType.OTHER, val(LOCK_SPACE), val(0))).fetch();
    }

    /**
     * Lifts the statement timeout ({@code hotline-perf.limits.statement-timeout}) for the rest of the transaction: a
     * national run deletes and copies hundreds of thousands of rows in single statements, which is batch work the
     * operator started, not a request to protect the server from.
     */
    void liftStatementTimeout() {
        dsl.setLocal(name("statement_timeout"), inline(0)).execute();
    }

    String currentSchemaName() {
        return dsl.select(currentSchema()).fetchSingle().value1();
    }

    int syntheticProjects() {
        return dsl.fetchCount(PROJECT, syntheticProject());
    }

    Set<Long> syntheticProjectIds() {
        return dsl.select(PROJECT.ID).from(PROJECT).where(syntheticProject()).fetchSet(PROJECT.ID);
    }

    int syntheticReports() {
        return dsl.fetchCount(REPORT, syntheticReport());
    }

    /**
     * Deletes every synthetic row: the reports with everything transcribed under them (by the foreign keys'
     * cascades), then the projects and their components. Returns the rows deleted from these three tables.
     */
    Map<String, Long> deleteSynthetic() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        deleted.put(REPORT.getName(), (long) dsl.deleteFrom(REPORT).where(syntheticReport()).execute());
        deleted.put(PROJECT_COMPONENT.getName(), (long) dsl.deleteFrom(PROJECT_COMPONENT)
                .where(PROJECT_COMPONENT.PROJECT_ID.in(select(PROJECT.ID).from(PROJECT).where(syntheticProject())))
                .execute());
        deleted.put(PROJECT.getName(), (long) dsl.deleteFrom(PROJECT).where(syntheticProject()).execute());
        return deleted;
    }

    GradeScale gradeScale() {
        return new GradeScale(dsl.select(GRADE_BAND.GRADE, GRADE_BAND.NAME_ZH, GRADE_BAND.MIN_SCORE,
                        GRADE_BAND.MAX_SCORE)
                .from(GRADE_BAND)
                .fetch(mapping(GradeScale.Band::new)));
    }

    private static Condition syntheticProject() {
        return PROJECT.PROJECT_KEY.startsWith(ProjectGenerator.KEY_PREFIX);
    }

    private static Condition syntheticReport() {
        return REPORT.REPORT_KEY.startsWith(ProjectGenerator.KEY_PREFIX);
    }

    /**
     * Refreshes PostgreSQL's planner statistics after a bulk load: until autovacuum gets to it, the planner takes
     * the million-row tables for small ones and scans them whole (the dashboard query went from 4 ms to 130 ms).
     */
    void refreshPlannerStatistics() {
        dsl.execute("ANALYZE");
    }
}
