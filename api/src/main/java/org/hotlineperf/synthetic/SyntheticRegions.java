package org.hotlineperf.synthetic;

import static org.hotlineperf.db.Tables.REGION;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;

/**
 * Chooses the regions of the synthetic dataset from the GB/T 2260 list and names their governments. Every
 * province, prefecture and county gets a project except Taiwan, Hong Kong and Macao (no 12345 hotline of this
 * system) and the statistical groupings at prefecture level (市辖区, 县, 省直辖县级行政区划), which have no
 * government of their own; their counties do get projects. Names are computed from the whole list, so a
 * region is named the same whichever slice is generated.
 */
@Repository
class SyntheticRegions {

    private static final Set<String> PROVINCES_WITHOUT_HOTLINE = Set.of("710000", "810000", "820000");

    private final DSLContext dsl;

    SyntheticRegions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The regions at or below {@code within} (all of them when it is null), ordered by code.
     *
     * @throws IllegalArgumentException when {@code within} is not a known region code
     */
    List<SyntheticRegion> select(String within) {
        Map<String, Record4<String, String, String, String>> all = new HashMap<>();
        List<String> codes = new ArrayList<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        for (var region : dsl.select(REGION.CODE, REGION.NAME, REGION.LEVEL, REGION.PARENT_CODE)
                .from(REGION).orderBy(REGION.CODE).fetch()) {
            all.put(region.value1(), region);
            codes.add(region.value1());
            nameCounts.merge(region.value2(), 1, Integer::sum);
        }
        if (within != null && !all.containsKey(within)) {
            throw new IllegalArgumentException("hotline-perf.synthetic.region: unknown GB/T 2260 region code " + within);
        }
        Map<String, String> displayNames = new HashMap<>();
        List<SyntheticRegion> selected = new ArrayList<>();
        for (String code : codes) {
            var region = all.get(code);
            String displayName = displayName(region, all, nameCounts, displayNames);
            displayNames.put(code, displayName);
            if (hasGovernment(region) && isWithin(code, within, all)) {
                String province = all.get(code.substring(0, 2) + "0000").value2();
                selected.add(new SyntheticRegion(code, region.value3(), displayName, province));
            }
        }
        return selected;
    }

    private static String displayName(Record4<String, String, String, String> region,
                                      Map<String, Record4<String, String, String, String>> all,
                                      Map<String, Integer> nameCounts, Map<String, String> displayNames) {
        String parentCode = region.value4();
        if (parentCode == null || (hasGovernment(region) && nameCounts.get(region.value2()) == 1)) {
            return region.value2();
        }
        var parent = all.get(parentCode);
        String qualifier = hasGovernment(parent) ? displayNames.get(parentCode) : displayNames.get(parent.value4());
        return hasGovernment(region) ? qualifier + region.value2() : qualifier;
    }

    private static boolean hasGovernment(Record4<String, String, String, String> region) {
        return switch (region.value3()) {
            case "PROVINCE" -> !PROVINCES_WITHOUT_HOTLINE.contains(region.value1());
            case "PREFECTURE" -> region.value2().matches(".*(市|州|盟|地区)$");
            default -> true;
        };
    }

    private static boolean isWithin(String code, String within,
                                    Map<String, Record4<String, String, String, String>> all) {
        for (String current = code; current != null; current = all.get(current).value4()) {
            if (within == null || current.equals(within)) {
                return true;
            }
        }
        return false;
    }
}
