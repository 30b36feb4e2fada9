package vn.directivecascade.reporting;

import static vn.directivecascade.reporting.ReportingRegimeService.Fields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
   * The obligation the drafter set, if any. Problems go to {@code values}: a rule that does not fit
   * the period kind, a consolidating agency outside the issuer's tree, or reporters not due at least
   * one working day before their consolidator in every period of the plan's first two years. Every
   * check depends on the draft alone, so issuing the plan later finds what drafting found.
   */
  @Transactional(readOnly = true)
  public Optional<ObligationDraft> readObligation(SubmittedValues values, String issuerCode, LocalDate planIssueDate) {
    PeriodKind kind = values.optionalEnum(PERIOD_KIND, PeriodKind.class);
    String reporterDue = values.optionalText(REPORTER_DUE, 100);
    String consolidatorCode = values.optionalText(CONSOLIDATOR, 100);
    String consolidatorDue = values.optionalText(CONSOLIDATOR_DUE, 100);
    LocalDate validUntil = values.optionalDate(VALID_UNTIL);
    if (kind == null) {
      if (reporterDue != null || consolidatorCode != null || consolidatorDue != null || validUntil != null) {
        values.reject(PERIOD_KIND, "chọn kỳ báo cáo cho chế độ báo cáo đã nhập");
      }
      return Optional.empty();
    }
    if (kind == PeriodKind.CUSTOM && reporterDue == null) {
      values.reject(REPORTER_DUE, "kỳ riêng cần danh sách ngày, ví dụ 15/03, 15/09");
      return Optional.empty();
    }
    if (consolidatorCode != null && !organizations.find(consolidatorCode).isPresent()) {
      values.reject(CONSOLIDATOR, "không có đơn vị mã '" + consolidatorCode + "'");
    } else if (consolidatorCode != null && !consolidatorCode.equals(issuerCode)
        && !organizations.isBelow(consolidatorCode, issuerCode)) {
      values.reject(CONSOLIDATOR, "cơ quan tổng hợp '" + consolidatorCode + "' phải là '" + issuerCode + "' hoặc trực thuộc");
    }
    if (validUntil != null && planIssueDate != null && !validUntil.isAfter(planIssueDate)) {
      values.reject(VALID_UNTIL, "ngày " + validUntil + " phải sau ngày ban hành kế hoạch");
    }
    Optional<DueRule> reporterRule = rule(values, REPORTER_DUE, reporterDue);
    Optional<DueRule> consolidatorRule = consolidatorDue == null ? Optional.empty() : rule(values, CONSOLIDATOR_DUE, consolidatorDue);
    if (planIssueDate != null && reporterRule.isPresent() && (consolidatorDue == null || consolidatorRule.isPresent())) {
      checkPeriods(values, kind, reporterRule.get(), consolidatorRule, planIssueDate.getYear());
    }
    return Optional.of(new ObligationDraft(kind, reporterDue, consolidatorCode, consolidatorDue, validUntil));
  }

  /** Targets, one per line: "description | >= | 75 | %". */
  @Transactional(readOnly = true)
  public List<TargetDraft> readTargets(SubmittedValues values) {
    String text = values.optionalText(TARGETS, 20_000);
    List<TargetDraft> drafts = new ArrayList<>();
    if (text == null) {
      return drafts;
    }
    String[] lines = text.split("\\R");
    for (int line = 1; line <= lines.length; line++) {
      String content = lines[line - 1].strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\|");
      if (parts.length != 4) {
        values.reject(TARGETS, "dòng " + line + ": cần 4 phần 'nội dung | >= | 75 | %'");
        continue;
      }
      Optional<Comparison> comparison = Comparison.fromSymbol(parts[1]);
      BigDecimal value = number(parts[2]);
      if (parts[0].isBlank() || parts[3].isBlank()) {
        values.reject(TARGETS, "dòng " + line + ": thiếu nội dung hoặc đơn vị");
      } else if (comparison.isEmpty()) {
        values.reject(TARGETS, "dòng " + line + ": so sánh phải là >=, <= hoặc =");
      } else if (value == null || value.signum() < 0) {
        values.reject(TARGETS, "dòng " + line + ": giá trị phải là số không âm");
      } else {
        drafts.add(new TargetDraft(parts[0].strip(), comparison.get(), value, parts[3].strip()));
      }
    }
    return drafts;
  }

  /** Keeps an issued plan's regime and targets. */
  public void attach(Directive plan, Optional<ObligationDraft> obligation, List<TargetDraft> targetDrafts) {
    obligation.ifPresent(draft -> {
      Organization consolidator = draft.consolidatorCode() == null ? null : organizations.find(draft.consolidatorCode()).orElseThrow();
      obligations.save(new ReportingObligation(plan, draft, consolidator));
    });
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

  private void checkPeriods(SubmittedValues values, PeriodKind kind, DueRule reporterRule,
      Optional<DueRule> consolidatorRule, int firstYear) {
    try {
      List<ReportingPeriod> periods = new ArrayList<>(calendar.periodsOf(kind, reporterRule, firstYear));
      periods.addAll(calendar.periodsOf(kind, reporterRule, firstYear + 1));
      for (ReportingPeriod period : periods) {
        LocalDate reporters = calendar.reporterDue(period, reporterRule);
        LocalDate consolidator = calendar.consolidatorDue(period, reporters, consolidatorRule);
        Optional<String> problem = calendar.consolidationGapProblem(reporters, consolidator);
        if (problem.isPresent()) {
          values.reject(CONSOLIDATOR_DUE, period.label() + ": " + problem.get());
          return;
        }
      }
    } catch (IllegalArgumentException e) {
      values.reject(REPORTER_DUE, "hạn không khớp kỳ báo cáo '" + kind.label() + "': " + e.getMessage());
    }
  }

  private static Optional<DueRule> rule(SubmittedValues values, String key, String text) {
    try {
      return Optional.of(DueRuleText.parse(text));
    } catch (IllegalArgumentException e) {
      values.reject(key, e.getMessage());
      return Optional.empty();
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
