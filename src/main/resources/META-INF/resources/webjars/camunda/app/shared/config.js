// What every Camunda webapp of Directive Cascade shares; each app's scripts/config.js spreads it.
export default {
  // The product's name in every header and page title ("<vendor> <name>"); each app adds its own name.
  app: {
    vendor: 'Triển khai văn bản chỉ đạo'
  },
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
  }
};
