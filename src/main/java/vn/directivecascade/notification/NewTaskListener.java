package vn.directivecascade.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * On every user task of every process ({@link NewTaskNotificationsPlugin}): tells its candidates that
 * it opened, and a user it was assigned to by someone else (not a user who claimed it themselves).
 */
@Component
class NewTaskListener implements TaskListener {

  private final NotificationService notifications;

  NewTaskListener(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && (assignee == null || assignee.equals(currentUser(task)))) {
      return;
    }
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        users.add(link.getUserId());
      }
    }
    notifications.taskOpened(new NotificationService.OpenedTask(task.getId(), task.getName(), task.getDueDate(),
        task.getProcessInstanceId(), assignee, groups, users));
  }

  private static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
