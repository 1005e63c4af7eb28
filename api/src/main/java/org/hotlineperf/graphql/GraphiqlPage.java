package org.hotlineperf.graphql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GraphiQL page at {@code /graphiql}: a redirect to {@code /graphiql/}, which shows the static
 * {@code static/graphiql/index.html}. That page loads GraphiQL and React from files vendored under
 * {@code static/graphiql/vendor/}, never from a CDN, because the machines that run the service have no
 * internet access; Spring Boot's own GraphiQL page ({@code spring.graphql.graphiql.enabled}) loads from a CDN
 * and stays disabled. The trailing slash matters: the page's relative URLs resolve under {@code /graphiql/}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

    static final String PATH = "/graphiql";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController(PATH, PATH + "/").setKeepQueryParams(true);
        registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
    }
}
