package org.hotlineperf.consistency;

import org.hotlineperf.project.ProjectDataChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes the flags of the projects a write changed, inside the write's transaction (a plain event listener runs
 * where the event is published), so that the write commits with its flags or not at all, and the analytics store's
 * after-commit copy of those projects takes the new flags along.
 */
@Component
class FlagRecomputation {

    private final FlagService flags;

    FlagRecomputation(FlagService flags) {
        this.flags = flags;
    }

    @EventListener
    void onProjectDataChanged(ProjectDataChanged change) {
        flags.recompute(change.projectIds());
    }
}
