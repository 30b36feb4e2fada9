package vn.directivecascade.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.directivecascade.security.EveryoneGrants;

/**
 * Tasklist filters: without a filter a new user's Tasklist shows no task at all. Expressions in
 * stored queries are off (a filter could otherwise run code), so no filter says "me" or "in three
 * days": the shared filters need none, because each user only ever sees the tasks their groups are
 * authorized for, and each user's own "Việc của tôi" names them literally, made at their first sign-in.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "Việc của tôi";
  static final String ORGANISATION_TASKS = "Việc của đơn vị";
  static final String UNCLAIMED_TASKS = "Chưa có người nhận";

  private final FilterService filterService;
  private final TaskService taskService;
  private final EveryoneGrants everyone;

  TasklistFilters(FilterService filterService, TaskService taskService, EveryoneGrants everyone) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.everyone = everyone;
  }

  @Override
  public void run(ApplicationArguments args) {
    shared(ORGANISATION_TASKS, 0, "Việc giao cho đơn vị của tôi, hạn gần nhất trước",
        taskService.createTaskQuery().orderByDueDate().asc());
    shared(UNCLAIMED_TASKS, 10, "Việc của đơn vị chưa ai nhận xử lý, hạn gần nhất trước",
        taskService.createTaskQuery().taskUnassigned().orderByDueDate().asc());
  }

  /** Each user's own filter of the tasks they claimed, made when they first sign in on the login page. */
  @EventListener
  void personalFilter(InteractiveAuthenticationSuccessEvent signedIn) {
    String user = signedIn.getAuthentication().getName();
    if (filterService.createFilterQuery().filterName(MY_TASKS).filterOwner(user).count() == 0) {
      filterService.saveFilter(filterService.newTaskFilter(MY_TASKS).setOwner(user)
          .setQuery(taskService.createTaskQuery().taskAssignee(user).orderByDueDate().asc())
          .setProperties(Map.of("priority", -10, "description", "Việc tôi đã nhận xử lý", "refresh", true)));
    }
  }

  /** Creates the filter once and lets everyone use it; what it lists stays limited by each user's task authorizations. */
  private void shared(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.saveFilter(filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true)));
    }
    everyone.grant(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
