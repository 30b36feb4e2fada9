// Tasklist offers only what the engine's authorizations let the signed-in user do: "Create task" with CREATE
// on tasks; in a task's header, changing its follow-up and due dates with UPDATE on that task, its candidate
// groups and assignee with TASK_ASSIGN (or UPDATE). A drafter, who may claim and complete (TASK_WORK), still
// sees the dates, groups and assignee, without a control to change them. user-styles.css hides each control
// until the engine has said yes.
import { customisations } from '../../shared/webapp.js';

const TASK = 7; // org.camunda.bpm.engine.authorization.Resources.TASK (4 is AUTHORIZATION)

/** The header's values that open an editor when clicked, and the permission that editor needs. */
const EDITORS = [
  { selector: '.followup-date, .due-date', allowedWhen: 'may-update' },
  { selector: 'li.groups, li.assignee [cam-widget-inline-field]', allowedWhen: 'may-assign' }
];

function taskPermission($http, Uri) {
  return (permissionName, resourceId) => $http.get(Uri.appUri('engine://engine/:engine/authorization/check'), {
    params: { permissionName, resourceName: 'Task', resourceType: TASK, resourceId }
  }).then(response => response.data.authorized === true, () => false);
}

customisations.run(['$http', 'Uri', ($http, Uri) => {
  taskPermission($http, Uri)('CREATE')
    .then(allowed => document.documentElement.classList.toggle('may-create-tasks', allowed));
}]);

customisations.config(['$provide', $provide => $provide.decorator('camTasklistTaskMetaDirective',
  ['$delegate', '$http', 'Uri', ($delegate, $http, Uri) => {
    const may = taskPermission($http, Uri);
    const header = $delegate[0];
    const link = header.link;
    header.compile = () => function (scope, element, ...rest) {
      link.call(this, scope, element, ...rest);
      const classes = element[0].classList;
      // Before Tasklist's own click and keyboard handlers (Enter clicks the value too) see it.
      element[0].addEventListener('click', event => {
        if (EDITORS.some(editor => !classes.contains(editor.allowedWhen) && event.target.closest(editor.selector))) {
          event.stopPropagation();
          event.preventDefault();
        }
      }, true);
      scope.$watch('task.id', taskId => {
        classes.remove('may-update', 'may-assign');
        if (taskId) {
          Promise.all([may('UPDATE', taskId), may('TASK_ASSIGN', taskId)]).then(([update, assign]) => {
            if (scope.task && scope.task.id === taskId) {
              classes.toggle('may-update', update);
              classes.toggle('may-assign', update || assign);
            }
          });
        }
      });
    };
    return $delegate;
  }])]);
