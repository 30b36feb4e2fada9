package vn.directivecascade.tasklist;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directivecascade.deadline.PeriodKind;
import vn.directivecascade.directive.DocumentType;
import vn.directivecascade.directive.SigningCapacity;
import vn.directivecascade.organization.OrganizationNames;
import vn.directivecascade.organization.OrganizationService;
import vn.directivecascade.reporting.Comparison;
import vn.directivecascade.security.OrganizationAccess;
import vn.directivecascade.validation.FieldLabels;

/**
 * What the Tasklist forms (forms/*.html) offer to choose from, so nobody types a code: every
 * field's label, the named choices, organisations by name (searched as people type them) and the
 * leaders who may sign for an organisation. Read-only, for any signed-in user; organisation and
 * user names are visible to everyone signed in, as in Tasklist itself.
 */
@RestController
class TaskFormOptionsController {

  /** At most this many organisations per answer: the forms search as the user types. */
  static final int MAX_ORGANIZATIONS = 50;

  private final FieldLabels labels;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Signers signers;

  TaskFormOptionsController(FieldLabels labels, OrganizationService organizations, OrganizationAccess access, Signers signers) {
    this.labels = labels;
    this.organizations = organizations;
    this.access = access;
    this.signers = signers;
  }

  record Choice(String value, String label) {
  }

  record Options(Map<String, String> labels, Map<String, List<Choice>> choices) {
  }

  record OrganizationOption(String code, String name, String parentName) {
  }

  @GetMapping("/api/task-forms/options")
  Options options() {
    Map<String, List<Choice>> choices = new LinkedHashMap<>();
    choices.put("documentTypes", choices(DocumentType.values(), DocumentType::label));
    choices.put("signingCapacities", choices(SigningCapacity.values(), SigningCapacity::label));
    choices.put("periodKinds", choices(PeriodKind.values(), PeriodKind::frequency));
    choices.put("comparisons", Arrays.stream(Comparison.values()).map(c -> new Choice(c.symbol(), c.label())).toList());
    return new Options(labels.all(), choices);
  }

  /**
   * Organisations by name: those whose name holds every word of {@code q}; with {@code within}, only
   * that organisation and those below it; with {@code drafting}, only those the user drafts for
   * (every one for an administrator); with {@code codes}, exactly those (to show chosen codes by name).
   */
  @GetMapping("/api/task-forms/organizations")
  List<OrganizationOption> organizations(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String within,
      @RequestParam(defaultValue = "false") boolean drafting, @RequestParam(required = false) Set<String> codes) {
    OrganizationNames names = organizations.names();
    List<OrganizationNames.Entry> found = codes != null
        ? codes.stream().map(names::find).flatMap(java.util.Optional::stream).toList()
        : names.search(q, within, drafting ? Integer.MAX_VALUE : MAX_ORGANIZATIONS);
    if (drafting && !access.isAdministrator()) {
      Set<String> own = Set.copyOf(access.draftingOrganizations());
      found = found.stream().filter(entry -> own.contains(entry.code())).toList();
    }
    return found.stream().limit(MAX_ORGANIZATIONS).map(entry -> new OrganizationOption(entry.code(), entry.name(),
        entry.parentCode() == null ? null : names.find(entry.parentCode()).map(OrganizationNames.Entry::name).orElse(null))).toList();
  }

  /** The leaders who may sign for {@code org}: the members of its approvers' group, by their names. */
  @GetMapping("/api/task-forms/signers")
  List<String> signers(@RequestParam String org) {
    return signers.of(org);
  }

  private static <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(value -> new Choice(value.name(), label.apply(value))).toList();
  }
}
