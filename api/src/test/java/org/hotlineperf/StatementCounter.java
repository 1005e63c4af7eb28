package org.hotlineperf;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements jOOQ executes, so that tests can show that a request's statement count does not
 * depend on page size or list lengths. All database access goes through jOOQ.
 */
@Component
public class StatementCounter implements ExecuteListenerProvider, ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public ExecuteListener provide() {
        return this;
    }

    @Override
    public void executeStart(ExecuteContext context) {
        statements.incrementAndGet();
    }

    /** Statements executed while {@code action} ran. */
    public int count(Runnable action) {
        int before = statements.get();
        action.run();
        return statements.get() - before;
    }
}
