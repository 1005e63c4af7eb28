package org.hotlineperf.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Looks up administrative regions for the API and for validation of region codes given by users.
 */
@Service
public class RegionService {

    private static final Pattern CODE_SHAPE = Pattern.compile("[1-9][0-9]{5}");

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    /** Whether the code is a six-digit GB/T 2260 code of a region we know. */
    public boolean isKnown(String code) {
        return code != null && CODE_SHAPE.matcher(code).matches() && regions.exists(code);
    }

    /** Whether the region {@code code} is {@code ancestorCode} or lies under it ({@link RegionTree}). */
    public boolean isWithin(String code, String ancestorCode) {
        return code != null && ancestorCode != null && regions.isWithin(code, ancestorCode);
    }

    public Map<String, Region> byCodes(Collection<String> codes) {
        return regions.byCodes(codes);
    }

    /** The direct children of each region, ordered by code; a region without children is absent. */
    public Map<String, List<Region>> childrenOf(Collection<String> parentCodes) {
        return regions.childrenOf(parentCodes);
    }

    /** The children of one region, or the provinces for null. */
    public List<Region> childrenOf(String parentCode) {
        return parentCode == null ? regions.provinces()
                : regions.childrenOf(List.of(parentCode)).getOrDefault(parentCode, List.of());
    }
}
