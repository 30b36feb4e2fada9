package vn.directivecascade.deadline;

import java.time.LocalDate;

/**
 * One round of a plan task: once for a deadline or a year, one per year for recurring work, plus
 * a final one closing a period. {@code key} names it within its task ("once", "2021", "final").
 */
public record TaskCycle(String key, String label, LocalDate deadline, LocalDate opensOn) {
}
