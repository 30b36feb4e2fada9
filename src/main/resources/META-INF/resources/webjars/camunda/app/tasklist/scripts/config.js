// Camunda tasklist of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';

export default {
  ...shared,
  app: { ...shared.app, name: '– Việc cần làm' },
  // The forms' fields, calendar and messages (forms/*.html call DirectiveForms.attach); path relative to app/tasklist/.
  customScripts: ['../shared/forms/directive-forms'],
  // Tasklist's own keyboard shortcuts, described in Vietnamese in its shortcut list.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận xử lý nhiệm vụ đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến nhiệm vụ đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
