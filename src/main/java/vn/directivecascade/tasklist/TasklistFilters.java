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
import org.springframework.stereotype.Component;
import vn.directivecascade.security.EveryoneGrants;

/**
 * Shared Tasklist filters: without a filter a new user's Tasklist shows no task at all. Created
 * once; an administrator may change them in Tasklist afterwards.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "Việc của tôi";
  static final String ORGANISATION_TASKS = "Việc của đơn vị";
  static final String DUE_SOON_OR_OVERDUE = "Sắp đến hạn / quá hạn";

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
    create(MY_TASKS, -10, "Việc đã nhận xử lý", taskService.createTaskQuery()
        .taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create(ORGANISATION_TASKS, 0, "Việc giao cho nhóm của tôi, đã nhận hoặc chưa", taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc());
    create(DUE_SOON_OR_OVERDUE, 10, "Hạn trong 3 ngày tới hoặc đã quá hạn", taskService.createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
        .dueBeforeExpression("${dateTime().plusDays(3)}").orderByDueDate().asc());
  }

  /** Creates the filter once and lets everyone use it; what it lists stays limited by each user's task authorizations. */
  private void create(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.saveFilter(filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true)));
    }
    everyone.grant(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
