package org.hotlineperf.synthetic;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the generator when {@code hotline-perf.synthetic.generate=true}, once the application is ready: after the
 * application runners, so that the seed dataset loader still finds an empty database and loads the seeds as it
 * always does. A refused or failed run stops the application with its message. With
 * {@code --spring.main.web-application-type=none} (as {@code ./hotline generate} passes) the process then ends.
 */
@Component
@ConditionalOnBooleanProperty("hotline-perf.synthetic.generate")
class SyntheticDatasetRunner {

    private final SyntheticDatasetService service;
    private final SyntheticDatasetProperties properties;

    SyntheticDatasetRunner(SyntheticDatasetService service, SyntheticDatasetProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generate() {
        service.generate(properties.request());
    }
}
