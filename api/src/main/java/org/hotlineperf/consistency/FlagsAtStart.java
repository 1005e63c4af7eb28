package org.hotlineperf.consistency;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Makes sure stored data has flags of the checks this build runs: at start, before the web server takes requests
 * and before the start-up runners (seed dataset, analytics load), every project is checked again if the stored
 * flags were computed with other check definitions or never (e.g. data written before the checks existed).
 */
@Component
class FlagsAtStart implements SmartLifecycle {

    /** Earlier than the web server, which starts in a late phase. */
    private static final int PHASE = Integer.MIN_VALUE + 1000;

    private final FlagService flags;
    private volatile boolean running;

    FlagsAtStart(FlagService flags) {
        this.flags = flags;
    }

    @Override
    public void start() {
        flags.recomputeIfChecksChanged();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
