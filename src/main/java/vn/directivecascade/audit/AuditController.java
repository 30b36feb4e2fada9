package vn.directivecascade.audit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The audit trail of one process instance (a plan's handling or a report), for those who may read it. */
@Controller
class AuditController {

  private final AuditService audit;

  AuditController(AuditService audit) {
    this.audit = audit;
  }

  @GetMapping("/audit/{processInstanceId}")
  String trail(@PathVariable String processInstanceId, Model model) {
    model.addAttribute("trail", audit.trail(processInstanceId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "audit";
  }
}
