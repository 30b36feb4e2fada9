// Camunda tasklist of Directive Cascade: the webapps' supported configuration, overriding the webjar's own config.js.
export default {
  // Vietnamese for everyone whose browser does not ask for English (locales/vi.json, ours).
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // Dates as Vietnamese administration writes them: 23/11/2026 08:00.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
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
