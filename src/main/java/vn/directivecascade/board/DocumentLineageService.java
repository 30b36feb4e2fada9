package vn.directivecascade.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.directivecascade.directive.Directive;
import vn.directivecascade.directive.DirectiveRepository;
import vn.directivecascade.plantask.PlanTaskStatusService;
import vn.directivecascade.reporting.ReportingObligationRepository;
import vn.directivecascade.security.OrganizationAccess;

/**
 * The legal chain of a document: what it is based on, up to the root directive (Chỉ thị 37-CT/TW →
 * QĐ 416 → KH 916 → …), and the plans issued below to implement it, read from the documents' basis
 * links.
 */
@Service
@Transactional(readOnly = true)
public class DocumentLineageService {

  /** The implementing plans shown at most: a national directive has about 1,300 below it. */
  static final int MAX_IMPLEMENTING = 500;

  private final DirectiveRepository directives;
  private final OrganizationAccess access;
  private final ReportingObligationRepository obligations;
  private final PlanTaskStatusService planTasks;

  DocumentLineageService(DirectiveRepository directives, OrganizationAccess access, ReportingObligationRepository obligations,
      PlanTaskStatusService planTasks) {
    this.directives = directives;
    this.access = access;
    this.obligations = obligations;
    this.planTasks = planTasks;
  }

  /** A document above, linked only where the signed-in user may open it. */
  public record Basis(DocumentSummary document, boolean visible) {
  }

  /** A plan implementing the document above it, with the plans implementing it in turn. */
  public record Implementing(DocumentSummary document, List<Implementing> below) {
  }

  /**
   * {@code truncated}: more implementing plans exist than are shown; {@code reporting}: the document is
   * a plan with a reporting regime (its matrix and targets are on the board); {@code tasks}: a plan with
   * a task table; {@code productOf}: the plans' tasks whose accepted product this document is.
   */
  public record Lineage(DocumentSummary document, List<Basis> basis, List<Implementing> implementing, boolean truncated,
      boolean reporting, boolean tasks, List<PlanTaskStatusService.ProductOf> productOf) {
  }

  /**
   * Empty when there is no such document or the signed-in user may not see it: neither its issuer's
   * work nor that of an organisation it was sent to.
   */
  public Optional<Lineage> lineage(long documentId) {
    Optional<Directive> found = directives.findWithRecipientsById(documentId);
    if (found.isEmpty() || !mayOpen(found.get())) {
      return Optional.empty();
    }
    Directive document = found.get();
    List<Basis> basis = chainAbove(document).stream()
        .map(above -> new Basis(DocumentSummary.of(above), mayOpen(above))).toList();
    List<Long> implementingIds = directives.findImplementingIds(documentId, MAX_IMPLEMENTING + 1);
    boolean truncated = implementingIds.size() > MAX_IMPLEMENTING;
    List<Directive> implementing = directives.findWithIssuerByIdIn(truncated ? implementingIds.subList(0, MAX_IMPLEMENTING) : implementingIds);
    return Optional.of(new Lineage(DocumentSummary.of(document), basis, branchesBelow(documentId, implementing), truncated,
        obligations.existsByPlanId(documentId), planTasks.hasTasks(documentId), planTasks.productOf(documentId)));
  }

  /** The root directive a document implements (itself when it has no basis). */
  public DocumentSummary rootOf(Directive document) {
    List<Directive> above = chainAbove(document);
    return DocumentSummary.of(above.isEmpty() ? document : above.get(0));
  }

  /** The documents above {@code document}, root first. */
  private static List<Directive> chainAbove(Directive document) {
    List<Directive> chain = new ArrayList<>();
    for (Directive above = document.getBasis(); above != null; above = above.getBasis()) {
      chain.add(above);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** The issuer's work, or that of an organisation the document was sent to, is the user's to see. */
  private boolean mayOpen(Directive document) {
    return access.maySee(document.getIssuer().getCode())
        || document.getRecipients().stream().anyMatch(recipient -> access.maySee(recipient.getOrganization().getCode()));
  }

  /** Nests the implementing plans under their basis, keeping those the signed-in user may see. */
  private List<Implementing> branchesBelow(long documentId, List<Directive> implementing) {
    Map<Long, List<Directive>> byBasis = new LinkedHashMap<>();
    for (Directive plan : implementing) {
      if (access.maySee(plan.getIssuer().getCode())) {
        byBasis.computeIfAbsent(plan.getBasis().getId(), basis -> new ArrayList<>()).add(plan);
      }
    }
    return branches(documentId, byBasis);
  }

  private static List<Implementing> branches(long basisId, Map<Long, List<Directive>> byBasis) {
    return byBasis.getOrDefault(basisId, List.of()).stream()
        .map(plan -> new Implementing(DocumentSummary.of(plan), branches(plan.getId(), byBasis))).toList();
  }
}
