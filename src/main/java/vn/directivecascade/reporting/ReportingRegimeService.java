package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.ReportingRegimeService.Fields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.deadline.DueRule;
import vn.directivecascade.deadline.DueRuleText;
import vn.directivecascade.deadline.PeriodKind;
import vn.directivecascade.deadline.ReportingCalendar;
import vn.directivecascade.deadline.ReportingPeriod;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.validation.SubmittedValues;
import vn.directivecascade.validation.TableRow;
import vn.directivecascade.validation.VietnameseDate;

/** A plan's reporting regime and targets: read and checked from the draft, kept when it is issued. */
@Service
@Transactional
public class ReportingRegimeService {

  /** Field keys of the draft-plan form (process variables). */
  public static final class Fields {
    public static final String PERIOD_KIND = "reportingPeriodKind";
    public static final String REPORTER_DUE = "reportingDue";
    public static final String CONSOLIDATOR = "reportingConsolidator";
    public static final String CONSOLIDATOR_DUE = "reportingConsolidatorDue";
    public static final String VALID_UNTIL = "reportingUntil";
    public static final String TARGETS = "planTargets";
    /** Further obligations, one per row: period kind, reporters' deadline, via (code), consolidator's deadline. */
    public static final String MORE_OBLIGATIONS = "reportingMoreObligations";
    /** The columns of a further obligation's row (the properties of a form's Json row). */
    public static final String[] OBLIGATION_COLUMNS = {"kind", "due", "via", "viaDue"};
    /** The columns of a target's row. */
    public static final String[] TARGET_COLUMNS = {"content", "comparison", "value", "unit"};

    private Fields() {
    }
  }

  private final ReportingCalendar calendar;
  private final OrganizationService organizations;
  private final ReportingObligationRepository obligations;
  private final TargetRepository targets;

  ReportingRegimeService(ReportingCalendar calendar, OrganizationService organizations,
      ReportingObligationRepository obligations, TargetRepository targets) {
    this.calendar = calendar;
    this.organizations = organizations;
    this.obligations = obligations;
    this.targets = targets;
  }

  /**
   * The obligations the drafter set: the one in the form's fields and any further ones, one per
   * line. Problems go to {@code values}: a rule that does not fit the period kind, a consolidating
   * agency outside the issuer's tree, reporters not due at least one working day before their
   * consolidator in every period of the plan's first two years, two obligations of one kind. Every
   * check depends on the draft alone, so issuing the plan later finds what drafting found.
   */
  @Transactional(readOnly = true)
  public List<ObligationDraft> readObligations(SubmittedValues values, String issuerCode, LocalDate planIssueDate) {
    List<ObligationDraft> drafts = new ArrayList<>();
    PeriodKind kind = values.optionalEnum(PERIOD_KIND, PeriodKind.class);
    String reporterDue = values.optionalText(REPORTER_DUE, 100);
    String consolidatorCode = values.optionalText(CONSOLIDATOR, 100);
    String consolidatorDue = values.optionalText(CONSOLIDATOR_DUE, 100);
    LocalDate validUntil = values.optionalDate(VALID_UNTIL);
    if (kind == null) {
      if (reporterDue != null || consolidatorCode != null || consolidatorDue != null) {
        values.reject(PERIOD_KIND, "chọn kỳ báo cáo cho chế độ báo cáo đã nhập");
      }
    } else {
      ObligationDraft draft = new ObligationDraft(kind, reporterDue, consolidatorCode, consolidatorDue, validUntil);
      check(draft, issuerCode, planIssueDate, values::reject);
      drafts.add(draft);
    }
    for (TableRow row : values.table(MORE_OBLIGATIONS, 4000, OBLIGATION_COLUMNS)) {
      String prefix = "dòng " + row.line() + ": ";
      PeriodKind rowKind = row.size() == OBLIGATION_COLUMNS.length ? periodKind(row.text(0)) : null;
      if (rowKind == null) {
        values.reject(MORE_OBLIGATIONS, prefix + "cần kỳ báo cáo, hạn, cơ quan tổng hợp (nếu có) và hạn tổng hợp");
        continue;
      }
      ObligationDraft draft = new ObligationDraft(rowKind, row.text(1), row.text(2), row.text(3), validUntil);
      check(draft, issuerCode, planIssueDate, (key, message) -> values.reject(MORE_OBLIGATIONS, prefix + message));
      drafts.add(draft);
    }
    if (drafts.stream().map(ObligationDraft::periodKind).distinct().count() < drafts.size()) {
      values.reject(MORE_OBLIGATIONS, "mỗi kỳ báo cáo chỉ một nghĩa vụ");
    }
    return drafts;
  }

  /** Targets, one per row: description, comparison (>=, <=, =), value and unit, e.g. "… | >= | 75 | %". */
  @Transactional(readOnly = true)
  public List<TargetDraft> readTargets(SubmittedValues values) {
    List<TargetDraft> drafts = new ArrayList<>();
    for (TableRow row : values.table(TARGETS, 20_000, TARGET_COLUMNS)) {
      String prefix = "dòng " + row.line() + ": ";
      if (row.size() != TARGET_COLUMNS.length) {
        values.reject(TARGETS, prefix + "cần nội dung, so sánh, giá trị và đơn vị");
        continue;
      }
      Optional<Comparison> comparison = row.text(1) == null ? Optional.empty() : Comparison.fromSymbol(row.text(1));
      BigDecimal value = row.text(2) == null ? null : number(row.text(2));
      if (row.text(0) == null || row.text(3) == null) {
        values.reject(TARGETS, prefix + "thiếu nội dung hoặc đơn vị");
      } else if (comparison.isEmpty()) {
        values.reject(TARGETS, prefix + "so sánh phải là >=, <= hoặc =");
      } else if (value == null || value.signum() < 0) {
        values.reject(TARGETS, prefix + "giá trị phải là số không âm");
      } else {
        drafts.add(new TargetDraft(row.text(0), comparison.get(), value, row.text(3)));
      }
    }
    return drafts;
  }

  /** Keeps an issued plan's regime and targets. */
  public void attach(Directive plan, List<ObligationDraft> obligationDrafts, List<TargetDraft> targetDrafts) {
    for (ObligationDraft draft : obligationDrafts) {
      Organization consolidator = draft.consolidatorCode() == null ? null : organizations.find(draft.consolidatorCode()).orElseThrow();
      obligations.save(new ReportingObligation(plan, draft, consolidator));
    }
    targetDrafts.forEach(draft -> targets.save(new Target(plan, draft)));
  }

  @Transactional(readOnly = true)
  public List<ReportingObligation> obligationsOf(long planId) {
    return obligations.findByPlanId(planId);
  }

  @Transactional(readOnly = true)
  public List<Target> targetsOf(long planId) {
    return targets.findByPlanIdOrderById(planId);
  }

  /** Checks one obligation; {@code reject} takes the field key and the message. */
  private void check(ObligationDraft draft, String issuerCode, LocalDate planIssueDate, BiConsumer<String, String> reject) {
    if (draft.periodKind() == PeriodKind.CUSTOM && draft.reporterDue() == null) {
      reject.accept(REPORTER_DUE, "kỳ riêng cần danh sách ngày, ví dụ 15/03, 15/09");
      return;
    }
    String consolidatorCode = draft.consolidatorCode();
    if (consolidatorCode != null && organizations.find(consolidatorCode).isEmpty()) {
      reject.accept(CONSOLIDATOR, "không có đơn vị mã '" + consolidatorCode + "'");
    } else if (consolidatorCode != null && !consolidatorCode.equals(issuerCode) && !organizations.isBelow(consolidatorCode, issuerCode)) {
      reject.accept(CONSOLIDATOR, "cơ quan tổng hợp '" + consolidatorCode + "' phải là '" + issuerCode + "' hoặc trực thuộc");
    }
    if (draft.validUntil() != null && planIssueDate != null && !draft.validUntil().isAfter(planIssueDate)) {
      reject.accept(VALID_UNTIL, "ngày " + VietnameseDate.of(draft.validUntil()) + " phải sau ngày ban hành kế hoạch");
    }
    Optional<DueRule> reporterRule = rule(reject, REPORTER_DUE, draft.reporterDue());
    Optional<DueRule> consolidatorRule = draft.consolidatorDue() == null ? Optional.empty()
        : rule(reject, CONSOLIDATOR_DUE, draft.consolidatorDue());
    if (planIssueDate == null || reporterRule.isEmpty() || (draft.consolidatorDue() != null && consolidatorRule.isEmpty())) {
      return;
    }
    try {
      List<ReportingPeriod> periods = new ArrayList<>(calendar.periodsOf(draft.periodKind(), reporterRule.get(), planIssueDate.getYear()));
      periods.addAll(calendar.periodsOf(draft.periodKind(), reporterRule.get(), planIssueDate.getYear() + 1));
      for (ReportingPeriod period : periods) {
        LocalDate reporters = calendar.reporterDue(period, reporterRule.get());
        LocalDate consolidator = calendar.consolidatorDue(period, reporters, consolidatorRule);
        Optional<String> problem = calendar.consolidationGapProblem(reporters, consolidator);
        if (problem.isPresent()) {
          reject.accept(CONSOLIDATOR_DUE, period.label() + ": " + problem.get());
          return;
        }
      }
    } catch (IllegalArgumentException e) {
      reject.accept(REPORTER_DUE, "hạn không khớp kỳ báo cáo '" + draft.periodKind().label() + "': " + e.getMessage());
    }
  }

  private static Optional<DueRule> rule(BiConsumer<String, String> reject, String key, String text) {
    try {
      return Optional.of(DueRuleText.parse(text));
    } catch (IllegalArgumentException e) {
      reject.accept(key, e.getMessage());
      return Optional.empty();
    }
  }

  private static PeriodKind periodKind(String text) {
    if (text == null) {
      return null;
    }
    try {
      return PeriodKind.valueOf(text.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
