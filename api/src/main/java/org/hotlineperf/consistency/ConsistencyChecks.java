package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.List;

/**
 * The consistency checks, one per flag code, and the version of their definitions. Bump {@link #VERSION} with any
 * change that alters which flags stored data gets (a check, a message, a default rule in the catalogue): at the
 * next start every project's flags are recomputed.
 */
final class ConsistencyChecks {

    static final int VERSION = 1;

    private static final List<Check> ALL = List.of(new ScoreSumCheck(), new ScoreExceedsWeightCheck(),
            new GradeCheck(), new TargetMissedFullScoreCheck(), new StatedRateCheck(), new BudgetOverrunCheck(),
            new ChargedToOtherFundsCheck(), new AdjustmentDocumentCheck(), new LedgerCheck(), new PerfectScoreCheck(),
            new DeclaredTargetCheck(), new RuleScoreCheck());

    private ConsistencyChecks() {
    }

    /** Every flag of every check for one evaluation, in the order of the checks. */
    static List<FoundFlag> run(EvaluationFacts facts) {
        List<FoundFlag> flags = new ArrayList<>();
        for (Check check : ALL) {
            flags.addAll(check.check(facts));
        }
        return flags;
    }

    static List<Check> all() {
        return ALL;
    }
}
