// What every Camunda webapp of Directive Cascade shares; each app's scripts/config.js spreads it.
import { inLanguage, language } from './language.js';

export default {
  // The product's name in every header and page title ("<vendor> <name>"); each app adds its own name.
  app: {
    vendor: inLanguage({ vi: 'Triển khai văn bản chỉ đạo', en: 'Directive Cascade' })
  },
  // Only the language decided by language.js is offered: the webapps would otherwise take the browser's
  // first language when they have it, and office browsers are mostly set to English.
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },
  // What every webapp needs (paths relative to app/<app>/): dates in Vietnam time, our login page when the
  // session ends, and the labels Camunda writes into its templates in Vietnamese.
  customScripts: ['../shared/vietnam-time', '../shared/session-expiry', '../shared/untranslated-labels'],
  // Dates as Vietnamese administration writes them: 23/11/2026 08:00.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  }
};
