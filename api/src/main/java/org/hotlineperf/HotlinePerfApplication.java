package org.hotlineperf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hotline-perf service: budget performance evaluations of 12345 hotlines as exact, queryable data
 * over GraphQL, with PostgreSQL as the system of record. Started without a web server it runs a command (an
 * import, the synthetic dataset generator) and exits with the command's exit code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HotlinePerfApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(HotlinePerfApplication.class, args);
        if (!(context instanceof WebServerApplicationContext)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
