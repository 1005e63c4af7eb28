package org.hotlineperf.scoring;

/**
 * How a step rule counts a shortfall that is not a whole number of steps (e.g. 3 points short under
 * 每少5个百分点扣0.5分). Reports rarely say; a rule that leaves it open gives a range of scores (see
 * {@link ScoreRange}).
 */
public enum StepCounting {

    /** Only complete steps count: 3 points short of a 5-point step deducts nothing. */
    WHOLE_STEPS,

    /** A started step counts as a whole one: 3 points short deducts one step. */
    STARTED_STEPS,

    /** Deductions in proportion: 3 points short deducts 3/5 of a step. */
    PRO_RATA
}
