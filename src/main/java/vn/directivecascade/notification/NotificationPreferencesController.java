package vn.directivecascade.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.directivecascade.operations.OneEngineCommand;
import vn.directivecascade.validation.InvalidSubmissionException;

/** The signed-in user's choice of immediate mails or a daily digest: a page for people, JSON for tools. */
@Controller
class NotificationPreferencesController {

  static final String PATH = "/account/notifications";

  private final MailPreferences preferences;
  private final IdentityService identityService;
  private final OneEngineCommand engine;

  NotificationPreferencesController(MailPreferences preferences, IdentityService identityService, OneEngineCommand engine) {
    this.preferences = preferences;
    this.identityService = identityService;
    this.engine = engine;
  }

  @GetMapping(PATH)
  String page(Model model) {
    return show(model, null, false);
  }

  @PostMapping(PATH)
  String choose(@RequestParam(name = "delivery", required = false) String delivery, Model model,
      HttpServletResponse response) {
    try {
      preferences.choose(currentUser(), delivery);
      return show(model, null, true);
    } catch (InvalidSubmissionException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(model, refused.getMessage(), false);
    }
  }

  @GetMapping("/api/me/mail-preference")
  @ResponseBody
  Map<String, Object> current() {
    String user = currentUser();
    return Map.of("delivery", preferences.of(user).name(), "email", emailOf(user));
  }

  @PutMapping("/api/me/mail-preference")
  @ResponseBody
  ResponseEntity<Map<String, Object>> set(@RequestBody(required = false) Map<String, Object> body) {
    Object delivery = body == null ? null : body.get("delivery");
    try {
      return ResponseEntity.ok(Map.of("delivery", preferences.choose(currentUser(), delivery == null ? null : delivery.toString()).name()));
    } catch (InvalidSubmissionException refused) {
      return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage(), "errors", refused.errors()));
    }
  }

  private String show(Model model, String error, boolean saved) {
    String user = currentUser();
    model.addAttribute("delivery", preferences.of(user).name());
    model.addAttribute("email", emailOf(user));
    model.addAttribute("profileLink", "/camunda/app/admin/default/#/users/" + user + "?tab=profile");
    model.addAttribute("error", error);
    model.addAttribute("saved", saved);
    return "account/notifications";
  }

  private String emailOf(String userId) {
    User user = engine.runUnrestricted(() -> identityService.createUserQuery().userId(userId).singleResult());
    return user == null || user.getEmail() == null ? "" : user.getEmail();
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null) {
      throw new IllegalStateException("no signed-in user"); // every path here requires sign-in (SecurityConfig)
    }
    return authentication.getUserId();
  }
}
