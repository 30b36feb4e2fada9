// Labels Camunda 7.24 writes into its page templates and scripts instead of taking them from the locale files,
// so vi.json cannot translate them: replaced on the page when the webapps are in Vietnamese (language.js).
import { language } from './language.js';
import { customisations } from './webapp.js';

// Each text with the elements it is replaced within, so that a value that happens to read the same (a variable's,
// a task's) is left as it is.
const TEXTS = {
  Actions: { vi: 'Thao tác', within: 'thead' }, // the variables table's last column
  State: { vi: 'Trạng thái', within: 'thead' }, // Cockpit: the called process instances' first column
  'Select all': { vi: 'Chọn tất cả', within: '.selection' }, // Admin: an authorization's permissions
  'Unselect all': { vi: 'Bỏ chọn tất cả', within: '.selection' },
  'Invalid Date Value.': { vi: 'Ngày giờ không hợp lệ.', within: '.invalid' }, // Cockpit: adding a variable, suspending
  'Message is null.': { vi: 'Sự cố không kèm thông báo.', within: 'td i, td span' }, // Cockpit: an incident without a message
  Download: { vi: 'Tải xuống', within: 'a[download]' }, // a file variable
  Upload: { vi: 'Tải lên', within: 'a[uib-tooltip]' },
  Close: { vi: 'Đóng', within: '.sr-only' }, // screen readers: a notification's close button
  previous: { vi: 'Trước', within: '.sr-only' }, // screen readers: the calendar's month buttons
  next: { vi: 'Sau', within: '.sr-only' }
};

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];
const ATTRIBUTE_TEXTS = {
  'zoom in': 'Phóng to', // the diagrams' zoom buttons
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Về kích thước ban đầu',
  'Select all': 'Chọn tất cả', // Cockpit: the failed jobs to retry
  Jonny: 'An', // Welcome: the profile's example name and e-mail
  Prosciutto: 'Nguyễn Văn',
  'j.prosciutto@acme.org': 'nguyenvanan@example.gov.vn'
};

// The calendar of the date pickers (uib-datepicker) takes its names and first weekday from AngularJS's locale,
// which the webapps leave in English: AngularJS's own Vietnamese locale (angular-locale_vi), Monday first.
const CALENDAR = {
  DAY: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  SHORTDAY: ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'],
  MONTH: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9',
    'tháng 10', 'tháng 11', 'tháng 12'],
  SHORTMONTH: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11',
    'thg 12'],
  STANDALONEMONTH: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
    'Tháng 10', 'Tháng 11', 'Tháng 12'],
  AMPMS: ['SA', 'CH'],
  FIRSTDAYOFWEEK: 0
};

const has = (texts, text) => Object.prototype.hasOwnProperty.call(texts, text);

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    if (has(TEXTS, text) && node.parentElement && node.parentElement.closest(TEXTS[text].within)) {
      node.textContent = node.textContent.replace(text, TEXTS[text].vi);
    }
  }
  const elements = root.querySelectorAll(ATTRIBUTES.map(name => `[${name}]`).join());
  [root, ...elements].forEach(element => ATTRIBUTES.forEach(name => {
    const value = (element.getAttribute(name) || '').trim();
    if (has(ATTRIBUTE_TEXTS, value)) {
      element.setAttribute(name, ATTRIBUTE_TEXTS[value]);
    }
  }));
}

if (language === 'vi') {
  customisations.run(['$locale', $locale => Object.assign($locale.DATETIME_FORMATS, CALENDAR)]);
  translate(document.body);
  new MutationObserver(mutations => mutations.forEach(mutation => mutation.addedNodes.forEach(node => {
    if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
      translate(node.nodeType === Node.TEXT_NODE ? node.parentNode : node);
    }
  }))).observe(document.body, { childList: true, subtree: true });
}
