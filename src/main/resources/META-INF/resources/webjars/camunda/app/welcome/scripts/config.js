// Camunda welcome of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';

export default {
  ...shared,
  app: { ...shared.app, name: '– Trang chủ' }
};
