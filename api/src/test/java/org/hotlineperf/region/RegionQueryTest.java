package org.hotlineperf.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code Query.regions} and the {@code Region} type over HTTP: the GB/T 2260 hierarchy from provinces down to
 * counties and back up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class RegionQueryTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void withoutParentTheProvincesAreListed() {
        graphQl.document("{ regions { code name level parent { code } } }").execute()
                .path("regions").entityList(Map.class).hasSize(34)
                .path("regions[*].level").entityList(String.class).satisfies(values -> assertThat(values).containsOnly("PROVINCE"))
                .path("regions[?(@.code == '430000')].name").entityList(String.class).containsExactly("湖南省")
                .path("regions[*].parent").entityList(Object.class).satisfies(values -> assertThat(values).containsOnlyNulls());
    }

    @Test
    void childrenOfAProvinceAndOfAPrefecture() {
        graphQl.document("{ regions(parentCode: \"430000\") { code name level } }").execute()
                .path("regions[*].level").entityList(String.class).satisfies(values -> assertThat(values).containsOnly("PREFECTURE"))
                .path("regions[?(@.code == '430700')].name").entityList(String.class).containsExactly("常德市");
        List<String> codes = graphQl.document("{ regions(parentCode: \"530100\") { code } }").execute()
                .path("regions[*].code").entityList(String.class).get();
        assertThat(codes).contains("530124").isSorted();
        graphQl.document("{ regions(parentCode: \"530124\") { code } }").execute()
                .path("regions").entityList(Object.class).hasSize(0);
    }

    @Test
    void navigatesUpAndDown() {
        graphQl.document("""
                { regions(parentCode: "440000") { code parent { code name } children { code level parent { code } } } }""")
                .execute()
                .path("regions[?(@.code == '440700')].parent.name").entityList(String.class).containsExactly("广东省")
                .path("regions[?(@.code == '440700')].children[*].level").entityList(String.class).satisfies(values -> assertThat(values).containsOnly("COUNTY"))
                .path("regions[?(@.code == '440700')].children[*].parent.code").entityList(String.class)
                .satisfies(values -> assertThat(values).containsOnly("440700"));
    }

    @Test
    void unknownOrMalformedParentCodeIsRejected() {
        for (String code : List.of("999999", "4300", "abcdef")) {
            graphQl.document("query($code: String) { regions(parentCode: $code) { code } }").variable("code", code)
                    .execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getMessage()).isEqualTo("parentCode must be the six-digit GB/T 2260 code"
                                + " of a known region, was \"" + code + "\"");
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_REQUEST")
                                .containsEntry("argument", "parentCode").containsEntry("rule", "KNOWN_REGION_CODE");
                    }));
        }
    }
}
