// Camunda cockpit of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';

export default {
  ...shared,
  app: { ...shared.app, name: '– Giám sát' },
  // A label Cockpit has no locale key for, in Vietnamese (path relative to app/cockpit/).
  customScripts: ['../shared/untranslated-labels']
};
