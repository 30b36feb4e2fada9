package vn.directivecascade.reporting;

import java.time.LocalDate;
import vn.directivecascade.deadline.PeriodKind;

/** A reporting obligation as drafted, checked but not yet issued. */
public record ObligationDraft(PeriodKind periodKind, String reporterDue, String consolidatorCode,
    String consolidatorDue, LocalDate validUntil) {
}
