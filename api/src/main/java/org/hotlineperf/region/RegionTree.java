package org.hotlineperf.region;

import static org.hotlineperf.db.Tables.REGION;
import static org.jooq.impl.DSL.select;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * The one definition of "in a region": the region itself or any region under it in the tree province >
 * prefecture > county. Project filters and the jurisdiction of a finance bureau both use it.
 */
public final class RegionTree {

    private static final org.hotlineperf.db.tables.Region CHILD = REGION.as("child_region");

    private RegionTree() {
    }

    /** {@code regionCode} is {@code ancestorCode} or a region below it. */
    public static Condition within(Field<String> regionCode, String ancestorCode) {
        return regionCode.in(select(REGION.CODE).from(REGION)
                .where(REGION.CODE.eq(ancestorCode))
                .or(REGION.PARENT_CODE.eq(ancestorCode))
                .or(REGION.PARENT_CODE.in(select(CHILD.CODE).from(CHILD).where(CHILD.PARENT_CODE.eq(ancestorCode)))));
    }
}
