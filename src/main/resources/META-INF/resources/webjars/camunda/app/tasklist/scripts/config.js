// Camunda tasklist of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
import shared from '../../shared/config.js';
import { inLanguage } from '../../shared/language.js';

export default {
  ...shared,
  app: { ...shared.app, name: inLanguage({ vi: '– Việc cần làm', en: '– Tasklist' }) },
  // The forms' fields, calendar and messages (forms/*.html call DirectiveForms.attach), what every webapp needs,
  // and only the links and controls the user may use; paths relative to app/tasklist/.
  customScripts: ['../shared/forms/directive-forms', ...shared.customScripts, 'scripts/task-permissions'],
  // Tasklist's own keyboard shortcuts, described in its shortcut list.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: inLanguage({ vi: 'nhận xử lý nhiệm vụ đang chọn', en: 'claims the currently selected task' })
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: inLanguage({ vi: 'chuyển đến bộ lọc đầu tiên trong danh sách', en: 'set the focus to the first filter in the list' })
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: inLanguage({ vi: 'chuyển đến nhiệm vụ đầu tiên trong danh sách', en: 'sets the focus to the first task in the list' })
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: inLanguage({ vi: 'chuyển đến ô nhập đầu tiên của biểu mẫu', en: 'sets the focus to the first input field in a task form' })
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: inLanguage({ vi: 'mở hộp thoại bắt đầu quy trình', en: 'opens the start process modal dialog' })
    }
  }
};
