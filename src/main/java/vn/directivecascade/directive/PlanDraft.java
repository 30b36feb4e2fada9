package vn.directivecascade.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's implementing plan as drafted: the document and the organisations below that
 * must implement it, with the drafting deadline given to them (null: the default).
 */
public record PlanDraft(
    DocumentType type,
    String number,
    String title,
    String content,
    LocalDate issueDate,
    String signatoryName,
    SigningCapacity signingCapacity,
    List<String> implementingOrganizations,
    LocalDate implementingDeadline) {
}
