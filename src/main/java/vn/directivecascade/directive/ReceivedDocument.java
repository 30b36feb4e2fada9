package vn.directivecascade.directive;

import java.time.LocalDate;

/** The identity and summary of a document as an organisation receives it. */
public record ReceivedDocument(
    DocumentType type, String number, String title, String issuerCode, LocalDate issueDate) {
}
