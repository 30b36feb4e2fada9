// Camunda welcome of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';
import { inLanguage } from '../../shared/language.js';

export default {
  ...shared,
  app: { ...shared.app, name: inLanguage({ vi: '– Trang chủ', en: '– Welcome' }) }
};
