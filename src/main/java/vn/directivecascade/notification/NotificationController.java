package vn.directivecascade.notification;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The latest notifications addressed to the signed-in user or their groups. */
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
    if (authentication == null) {
      return List.of();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    return notifications.latestFor(authentication.getUserId(), groups).stream().map(NotificationView::of).toList();
  }

  record NotificationView(String kind, String recipientGroup, String recipientUser, String organizationCode, Long directiveId,
      String processInstanceId, String taskId, String message, String comment, String createdAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.getKind().name(), n.getRecipientGroup(), n.getRecipientUser(), n.getOrganizationCode(),
          n.getDirectiveId(), n.getProcessInstanceId(), n.getTaskId(), n.getMessage(), n.getComment(), n.getCreatedAt().toString());
    }
  }
}
