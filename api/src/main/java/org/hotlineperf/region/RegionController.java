package org.hotlineperf.region;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hotlineperf.graphql.BatchResults;
import org.hotlineperf.graphql.ArgumentRules;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Region} type and {@code Query.regions}: the GB/T 2260 hierarchy, navigable up and down with one
 * statement per level of the response.
 */
@Controller
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @QueryMapping
    List<Region> regions(@Argument String parentCode) {
        ArgumentRules.knownRegionCode("parentCode", parentCode, regions::isKnown);
        return regions.childrenOf(parentCode);
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> children) {
        List<String> parentCodes = children.stream().map(Region::parentCode).filter(Objects::nonNull).toList();
        return BatchResults.values(children, Region::parentCode, regions.byCodes(parentCodes));
    }

    @BatchMapping
    List<List<Region>> children(List<Region> parents) {
        return BatchResults.lists(parents, Region::code, regions.childrenOf(parents.stream().map(Region::code).toList()));
    }
}
