// The Camunda webapp this page belongs to (tasklist, cockpit, admin, welcome) and the AngularJS module each one
// bootstraps for customisations (cam.<app>.custom). The webapps define that module before they load the custom
// scripts, so the scripts' config and run blocks take effect before the webapp draws its first page.
const base = document.querySelector('base');

const webappName = base.getAttribute('app-name');
export const customisations = window.angular.module(`cam.${webappName}.custom`);
/** Our own pages' root: the webapps live in /camunda beside them. */
export const applicationRoot = base.getAttribute('app-root').replace(/\/camunda$/, '');
