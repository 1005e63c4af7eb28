package org.hotlineperf;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements jOOQ executes, so that tests can show that a request's statement count does not
 * depend on page size or list lengths. All database access goes through jOOQ. Statements of scheduled background
 * work (the analytics catch-up, which polls the audit trail) are not a request's and are not counted.
 */
@Component
public class StatementCounter implements ExecuteListenerProvider, ExecuteListener {

    /** Spring Boot's scheduler names its threads so. */
    private static final String SCHEDULER_THREAD_PREFIX = "scheduling-";

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public ExecuteListener provide() {
        return this;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (!Thread.currentThread().getName().startsWith(SCHEDULER_THREAD_PREFIX)) {
            statements.incrementAndGet();
        }
    }

    /** Statements executed while {@code action} ran. */
    public int count(Runnable action) {
        int before = statements.get();
        action.run();
        return statements.get() - before;
    }
}
