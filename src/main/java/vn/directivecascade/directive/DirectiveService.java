package vn.directivecascade.directive;

import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.organization.Organization;
import vn.directivecascade.organization.OrganizationRepository;
import vn.directivecascade.validation.InvalidSubmissionException;

/** Registers received directives and issues implementing plans. */
@Service
@Transactional
public class DirectiveService {

  private final DirectiveRepository directives;
  private final OrganizationRepository organizations;

  DirectiveService(DirectiveRepository directives, OrganizationRepository organizations) {
    this.directives = directives;
    this.organizations = organizations;
  }

  /**
   * The received document, registered on first receipt. A document is identified by issuer, number
   * and year; receiving it again with other details is refused rather than silently merged.
   */
  public Directive receive(ReceivedDocument document, String recipientCode) {
    Directive directive = directives
        .findByIssuerCodeAndNumberAndIssueYear(document.issuerCode(), document.number(), document.issueDate().getYear())
        .orElseGet(() -> register(document));
    if (directive.getType() != document.type()
        || !directive.getIssueDate().equals(document.issueDate())
        || !directive.getTitle().equals(document.title())) {
      throw InvalidSubmissionException.of("directiveNumber", "Văn bản số " + document.number()
          + " năm " + document.issueDate().getYear() + " của " + directive.getIssuer().getName()
          + " đã được đăng ký với loại, ngày hoặc trích yếu khác: " + directive.getType().label() + " ngày "
          + directive.getIssueDate() + " – " + directive.getTitle());
    }
    directive.addRecipient(organization(recipientCode), RecipientRole.IMPLEMENT);
    return directive;
  }

  private Directive register(ReceivedDocument document) {
    try {
      return directives.saveAndFlush(new Directive(document.type(), document.number(),
          organization(document.issuerCode()), document.issueDate(), document.title()));
    } catch (DataIntegrityViolationException raced) {
      // Two registrations of one new document at the same moment (a start form sent twice): the
      // number's unique key lets one through; the other is refused, not merged.
      throw InvalidSubmissionException.of("directiveNumber", "Văn bản số " + document.number() + " năm "
          + document.issueDate().getYear() + " vừa được đăng ký bởi một yêu cầu khác cùng lúc (biểu mẫu gửi hai lần?)");
    }
  }

  /** Issues an organisation's plan on the basis of the document it received. */
  public Directive issuePlan(long basisId, String issuerCode, PlanDraft draft) {
    if (isNumberTaken(issuerCode, draft.number(), draft.issueDate().getYear())) {
      throw InvalidSubmissionException.of("planNumber", numberTakenMessage(draft.number(), draft.issueDate().getYear()));
    }
    Directive basis = find(basisId);
    Directive plan = new Directive(draft.type(), draft.number(), organization(issuerCode), draft.issueDate(), draft.title());
    plan.setContent(draft.content(), draft.signatoryName(), draft.signingCapacity(), basis);
    draft.implementingOrganizations().forEach(code -> plan.addRecipient(organization(code), RecipientRole.IMPLEMENT));
    // The plan is reported upward to the body whose document it implements.
    if (!Objects.equals(basis.getIssuer().getCode(), issuerCode)) {
      plan.addRecipient(basis.getIssuer(), RecipientRole.FOR_INFORMATION);
    }
    return directives.save(plan);
  }

  @Transactional(readOnly = true)
  public boolean isNumberTaken(String issuerCode, String number, int year) {
    return directives.findByIssuerCodeAndNumberAndIssueYear(issuerCode, number, year).isPresent();
  }

  @Transactional(readOnly = true)
  public Directive find(long id) {
    return directives.findById(id).orElseThrow(() -> new IllegalStateException("Không có văn bản id " + id));
  }

  /** The one wording of the uniqueness rule, for the drafter's form and for issuing. */
  public static String numberTakenMessage(String number, int year) {
    return "số/ký hiệu " + number + " năm " + year + " đã được đơn vị dùng cho văn bản khác";
  }

  private Organization organization(String code) {
    return organizations.findByCode(code)
        .orElseThrow(() -> new IllegalArgumentException("Không có đơn vị " + code));
  }
}
