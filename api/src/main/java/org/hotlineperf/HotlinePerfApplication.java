package org.hotlineperf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The hotline-perf service: budget performance evaluations of 12345 hotlines as exact, queryable data
 * over GraphQL, with PostgreSQL as the system of record.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HotlinePerfApplication {

    public static void main(String[] args) {
        SpringApplication.run(HotlinePerfApplication.class, args);
    }
}
