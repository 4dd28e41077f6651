/**
 * Working days and deadlines: the holiday calendar (national holidays and cuti bersama as data), the
 * number of working days each step may take, and the completion targets decided by
 * {@code ComplaintDeadlineDecision.dmn}.
 */
package id.aduan.deadline;
