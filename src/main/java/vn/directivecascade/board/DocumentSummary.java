package vn.directivecascade.board;

import java.time.LocalDate;
import vn.directivecascade.directive.Directive;

/** What the board shows of a document: type, number/symbol, issuer, date, summary (trích yếu). */
public record DocumentSummary(long id, String type, String number, String issuerCode, String issuer, LocalDate issueDate,
    String title) {

  /** Reads the document and its issuer (which must be loaded). */
  public static DocumentSummary of(Directive document) {
    return new DocumentSummary(document.getId(), document.getType().label(), document.getNumber(),
        document.getIssuer().getCode(), document.getIssuer().getName(), document.getIssueDate(), document.getTitle());
  }

  /** "Kế hoạch 916/KH-UBND" */
  public String label() {
    return type + " " + number;
  }
}
