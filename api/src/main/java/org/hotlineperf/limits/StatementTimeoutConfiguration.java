package org.hotlineperf.limits;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Gives every connection of the pool PostgreSQL's {@code statement_timeout} from
 * {@code hotline-perf.limits.statement-timeout}, as a startup option of the connection ({@code -c}), so that the
 * server itself stops a runaway statement, whichever code sent it. Long batch work that may legitimately take
 * longer lifts it for its own transaction ({@code SET LOCAL statement_timeout}).
 */
@Configuration(proxyBeanMethods = false)
class StatementTimeoutConfiguration {

    private static final String OPTIONS = "options";

    @Bean
    static BeanPostProcessor statementTimeoutOption(Environment environment) {
        LimitsProperties limits = Binder.get(environment).bindOrCreate("hotline-perf.limits", LimitsProperties.class);
        String option = "-c statement_timeout=" + limits.statementTimeout().toMillis();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    String given = pool.getDataSourceProperties().getProperty(OPTIONS);
                    pool.addDataSourceProperty(OPTIONS, given == null ? option : given + " " + option);
                }
                return bean;
            }
        };
    }
}
