// Camunda admin of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';
import { inLanguage } from '../../shared/language.js';

export default {
  ...shared,
  app: { ...shared.app, name: inLanguage({ vi: '– Quản trị', en: '– Admin' }) }
};
