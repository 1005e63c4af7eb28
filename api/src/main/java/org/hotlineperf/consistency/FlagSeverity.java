package org.hotlineperf.consistency;

/**
 * How serious a flag is. ERROR: the report contradicts its own figures (a sum, a rate, a grade, a score its stated
 * rule does not give). WARNING: the figures agree with each other but show what a finance bureau must look into
 * (overrun, money from other funds, a missing document, a missed target with full marks). INFO: a score differs
 * from a default rule the report itself never stated.
 */
public enum FlagSeverity {
    INFO,
    WARNING,
    ERROR
}
