// Dates and times in Việt Nam's time (UTC+07:00 all year, no daylight saving), whatever the computer's own time
// zone. The webapps format every date with moment; its updateOffset hook (the one moment-timezone uses) puts
// each moment in local mode into that offset. A wall-clock time written without an offset (Tasklist's date
// pickers, its "YYYY-MM-DDTHH:mm:ss" copies of due dates, which its relative times read back) is Vietnam time.
import { inLanguage } from './language.js';
import { customisations } from './webapp.js';

const VIETNAM_OFFSET_MINUTES = 7 * 60;
const VIETNAM_OFFSET = '+0700'; // as AngularJS's date filter takes it
const VIETNAM_TIME = inLanguage({ vi: 'giờ Việt Nam (UTC+07:00)', en: 'Asia/Ho_Chi_Minh (UTC+07:00)' });

function writtenWithoutOffset(mom) {
  // moment's own parsing state: the date's parts as written (_a) and the offset written with them (_tzm)
  return Array.isArray(mom._a) && mom._tzm === undefined && mom._f !== 'X' && mom._f !== 'x';
}

function inVietnamTime(moment) {
  moment.momentProperties.push('_a'); // kept on the moment for updateOffset, as moment-timezone does
  moment.updateOffset = mom => {
    // moment.utc(), parseZone() and moments already in Vietnam time keep their offset
    if (mom._isUTC || !mom.isValid()) {
      return;
    }
    if (writtenWithoutOffset(mom)) {
      const [year, month, date, hour, minute, second, millisecond] = mom._a;
      mom.utcOffset(VIETNAM_OFFSET_MINUTES).set({ year, month, date, hour, minute, second, millisecond });
    } else {
      mom.utcOffset(VIETNAM_OFFSET_MINUTES);
    }
  };
  // "local" time is Vietnam time, not the computer's
  moment.fn.local = function (keepLocalTime) {
    return this.utcOffset(VIETNAM_OFFSET_MINUTES, keepLocalTime);
  };
}

// Tasklist has moment as angular-moment's constant, Cockpit and Admin as window.moment; Welcome shows no dates.
const momentOf = $injector => ($injector.has('moment') ? $injector.get('moment') : window.moment);

customisations.run(['$injector', $injector => {
  const moment = momentOf($injector);
  if (moment) {
    inVietnamTime(moment);
  }
}]);

// AngularJS's date filter (Tasklist's history shows its times with it) formats in the computer's zone: instants,
// the API's date strings and timestamps, in Vietnam time instead. A Date object is left as it is: in the webapps
// it is the wall-clock time a date picker edits.
customisations.config(['$provide', $provide => $provide.decorator('dateFilter', ['$delegate', date =>
  (input, format, timezone) => date(input, format, timezone || (input instanceof Date ? undefined : VIETNAM_OFFSET))])]);

// A date picker (cam-widget-inline-field) edits a wall-clock time held in a JS Date of the computer's zone; its
// preview shows that time as it is instead of converting it from the computer's zone to Vietnam time.
customisations.filter('camWallClockDate', ['$injector', 'camDateFormat', ($injector, camDateFormat) => date => (date
  ? momentOf($injector)([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(),
    date.getSeconds()]).format(camDateFormat('normal'))
  : '')]);
customisations.config(['$provide', $provide => $provide.decorator('camWidgetInlineFieldDirective', ['$delegate', $delegate => {
  const field = $delegate[0];
  field.template = field.template.replace('formData.dateValue | camDate', 'formData.dateValue | camWallClockDate');
  return $delegate;
}])]);

// The footer names the time zone dates are shown in: the computer's own (Intl) without this.
customisations.config(['$provide', $provide => $provide.decorator('camWidgetFooterDirective', ['$delegate', $delegate => {
  const footer = $delegate[0];
  const link = footer.link;
  footer.compile = () => function (scope, ...rest) {
    link.call(this, scope, ...rest);
    scope.timezoneName = VIETNAM_TIME;
  };
  return $delegate;
}])]);
