package org.hotlineperf.region;

import static org.hotlineperf.db.Tables.REGION;
import static org.jooq.Records.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Reads the GB/T 2260 region list: regions by code and the children of many regions in one statement.
 */
@Repository
class RegionRepository {

    private final DSLContext dsl;

    RegionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, Region> byCodes(Collection<String> codes) {
        return select(REGION.CODE.in(codes)).stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
    }

    Map<String, List<Region>> childrenOf(Collection<String> parentCodes) {
        return select(REGION.PARENT_CODE.in(parentCodes)).stream()
                .collect(Collectors.groupingBy(Region::parentCode));
    }

    List<Region> provinces() {
        return select(REGION.PARENT_CODE.isNull());
    }

    boolean exists(String code) {
        return dsl.fetchExists(REGION, REGION.CODE.eq(code));
    }

    boolean isWithin(String code, String ancestorCode) {
        return dsl.fetchExists(REGION, REGION.CODE.eq(code).and(RegionTree.within(REGION.CODE, ancestorCode)));
    }

    private List<Region> select(Condition condition) {
        return dsl.select(REGION.CODE, REGION.NAME, REGION.LEVEL, REGION.PARENT_CODE)
                .from(REGION)
                .where(condition)
                .orderBy(REGION.CODE)
                .fetch(mapping(Region::new));
    }
}
