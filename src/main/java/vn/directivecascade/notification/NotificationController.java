package vn.directivecascade.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reminders and overdue escalations addressed to the signed-in user's groups. */
@RestController
class NotificationController {

  private final NotificationService notifications;
  private final IdentityService identityService;

  NotificationController(NotificationService notifications, IdentityService identityService) {
    this.notifications = notifications;
    this.identityService = identityService;
  }

  @GetMapping("/api/notifications")
  List<NotificationView> mine() {
    Authentication authentication = identityService.getCurrentAuthentication();
    List<String> groups = authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
    return notifications.latestFor(groups).stream().map(NotificationView::of).toList();
  }

  record NotificationView(String kind, String recipientGroup, String organizationCode, Long directiveId,
      String processInstanceId, String message, String createdAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.getKind().name(), n.getRecipientGroup(), n.getOrganizationCode(),
          n.getDirectiveId(), n.getProcessInstanceId(), n.getMessage(), n.getCreatedAt().toString());
    }
  }
}
