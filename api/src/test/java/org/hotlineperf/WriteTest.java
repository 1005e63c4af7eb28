package org.hotlineperf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of writes over HTTP, run in a schema of its own ({@code writes}, with the default dataset), so that the
 * projects and reports it creates never show up in the tests that assert the seed dataset's exact figures. All
 * such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.schemas=writes",
        "spring.flyway.default-schema=writes",
        "spring.datasource.hikari.schema=writes"})
@AutoConfigureHttpGraphQlTester
public @interface WriteTest {
}
