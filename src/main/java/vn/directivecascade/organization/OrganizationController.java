package vn.directivecascade.organization;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators add an organisation to the tree; it gets its Camunda groups {@code <code>-drafters}
 * and {@code <code>-approvers}, to which they then add users in Camunda Admin (or the directory).
 */
@RestController
class OrganizationController {

  private final OrganizationService organizations;

  OrganizationController(OrganizationService organizations) {
    this.organizations = organizations;
  }

  record NewOrganization(String code, String name, OrganizationLevel level, String parentCode) {
  }

  @PostMapping("/api/organizations")
  ResponseEntity<Map<String, String>> create(@RequestBody NewOrganization request) {
    if (request.name() == null || request.name().isBlank() || request.level() == null) {
      throw new IllegalArgumentException("Cần tên đơn vị (name) và cấp (level: CENTRAL, PROVINCE, DEPARTMENT, UNIT)");
    }
    Organization created = organizations.create(request.code(), request.name().trim(), request.level(), request.parentCode());
    return ResponseEntity.created(URI.create("/api/organizations/" + created.getCode())).body(Map.of(
        "code", created.getCode(), "draftersGroup", created.draftersGroup(), "approversGroup", created.approversGroup()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }
}
