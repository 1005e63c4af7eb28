package org.hotlineperf.consistency;

import java.util.List;

/**
 * One consistency check: it reads the facts of one evaluation and raises flags of its code. Checks are pure: the
 * same facts give the same flags, with nothing read from anywhere else.
 */
interface Check {

    FlagCode code();

    List<FoundFlag> check(EvaluationFacts facts);
}
