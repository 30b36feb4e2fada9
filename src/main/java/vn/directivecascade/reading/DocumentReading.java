package vn.directivecascade.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.directivecascade.plantask.TaskRow;

/**
 * What the system understood of a document's text, for the person to review before anything is
 * created. A value the text does not state is null (or an empty list), never guessed. {@code sources}
 * holds, per top-level field name, the line or sentence the value came from; list items carry their own.
 */
public record DocumentReading(
    String numberSymbol,
    String documentType,
    String issuer,
    String issuerCode,
    String place,
    LocalDate issueDate,
    String title,
    List<Basis> basis,
    List<Reporting> reporting,
    List<RecipientLine> recipients,
    Signatory signatory,
    List<TaskRow> tasks,
    List<String> warnings,
    Map<String, String> sources) {

  /** "thực hiện …" (the document it implements) or "căn cứ …" (a legal basis). */
  public enum Relation {
    IMPLEMENTS("thực hiện"), BASED_ON("căn cứ");

    private final String label;

    Relation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A document this one implements or is based on. */
  public record Basis(String numberSymbol, String documentType, String issuer, LocalDate date, Relation relation, String source) {
  }

  /** Kind of reporting period as the contract names it. */
  public enum Period {
    annual, semiannual, quarterly, monthly, once, other
  }

  /**
   * One reporting obligation: who reports (as written and as matched), to whom, via which agency,
   * when ({@code dueDayMonth} "dd/MM" in every year, {@code dueMonth} "in month m", {@code dueDay}
   * "by day d of every month", or a one-off {@code dueDate}), and the phrase it was read from.
   */
  public record Reporting(List<String> reporters, List<String> reporterCodes, String recipient, String recipientCode,
      String via, String viaCode, Period period, List<String> dueDayMonth, Integer dueMonth, Integer dueDay, LocalDate dueDate,
      String phrase) {
  }

  /** Why a "Nơi nhận" line receives the document, where the text says. */
  public enum Role {
    implement, report, cooperate, inform, direct
  }

  /** One line of "Nơi nhận": the name as written, its role, the organisations it means. */
  public record RecipientLine(String name, Role role, List<String> codes, String source) {
  }

  /** Who signed and in what capacity (TM, KT, TL, Q; null when signing in their own name), with the title line. */
  public record Signatory(String name, String capacity, String position) {
  }
}
