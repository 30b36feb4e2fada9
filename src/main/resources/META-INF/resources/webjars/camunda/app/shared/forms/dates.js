// Dates as Vietnamese offices write them: typed or picked as ngày/tháng/năm, kept as the contract's ISO
// date (2027-01-15), refused on the spot when no such day exists: nothing is ever rolled into another day.

const MONTH_NAMES = ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
  'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'];
const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']; // the week starts on Monday
const WEEKDAY_NAMES = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'];
/** Việt Nam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const TYPED = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DATE_HINT = 'ngày/tháng/năm, ví dụ 15/01/2027';

function pad(number) {
  return String(number).padStart(2, '0');
}

function daysIn(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date in Việt Nam, whatever the computer's time zone: "2026-12-08". */
export function today() {
  return new Date(Date.now() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** "2027-01-15" as people read it: "15/01/2027"; anything else as it is. */
export function formatDay(iso) {
  const match = ISO.exec(String(iso || '').slice(0, 10));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : String(iso || '');
}

/**
 * What a person typed: {iso} for a real day, {problem} saying what is wrong, {} for nothing typed.
 * "1/15/2027" is refused (there is no month 15), never read as another day.
 */
export function parseDay(text) {
  const typed = String(text || '').trim();
  if (!typed) {
    return {};
  }
  const match = TYPED.exec(typed);
  if (!match) {
    return { problem: `'${typed}' không phải ngày: cần ${DATE_HINT}` };
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    return { problem: `'${typed}': không có tháng ${month} (tháng từ 1 đến 12, viết ngày trước, tháng sau)` };
  }
  if (day < 1 || day > daysIn(year, month)) {
    return { problem: `'${typed}': tháng ${month} năm ${year} không có ngày ${day} (chỉ có ${daysIn(year, month)} ngày)` };
  }
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * A calendar under {@code input}, in Vietnamese, weeks from Monday; choosing a day writes it as
 * dd/mm/yyyy and calls {@code onPick}. Returns the button that opens it.
 */
export function calendarButton(input, onPick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'btn btn-default dc-calendar-button';
  button.title = 'Chọn ngày trên lịch';
  button.setAttribute('aria-label', 'Chọn ngày trên lịch');
  button.innerHTML = '<span class="glyphicon glyphicon-calendar"></span>';
  let popup = null;

  const close = () => {
    if (popup) {
      popup.remove();
      popup = null;
      document.removeEventListener('mousedown', outside, true);
    }
  };
  const outside = event => {
    if (popup && !popup.contains(event.target) && event.target !== button && !button.contains(event.target)) {
      close();
    }
  };
  const show = (year, month) => {
    close();
    popup = document.createElement('div');
    popup.className = 'dc-calendar';
    popup.setAttribute('role', 'dialog');
    popup.setAttribute('aria-label', 'Lịch');
    const chosen = parseDay(input.value).iso;
    const now = today();
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
    const lead = (first + 6) % 7; // days of the previous month before the 1st, the week starting on Monday
    let cells = '';
    for (let blank = 0; blank < lead; blank++) {
      cells += '<td></td>';
    }
    for (let day = 1; day <= daysIn(year, month); day++) {
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      const classes = [iso === chosen ? 'dc-chosen' : '', iso === now ? 'dc-today' : ''].join(' ').trim();
      cells += `<td><button type="button" class="${classes}" data-day="${iso}" aria-label="${WEEKDAY_NAMES[(lead + day - 1) % 7]}, ${pad(day)}/${pad(month)}/${year}">${day}</button></td>`;
      if ((lead + day) % 7 === 0 && day < daysIn(year, month)) {
        cells += '</tr><tr>';
      }
    }
    popup.innerHTML = `
      <div class="dc-calendar-head">
        <button type="button" data-move="-12" title="Năm trước" aria-label="Năm trước">«</button>
        <button type="button" data-move="-1" title="Tháng trước" aria-label="Tháng trước">‹</button>
        <span class="dc-calendar-title">${MONTH_NAMES[month - 1]} năm ${year}</span>
        <button type="button" data-move="1" title="Tháng sau" aria-label="Tháng sau">›</button>
        <button type="button" data-move="12" title="Năm sau" aria-label="Năm sau">»</button>
      </div>
      <table><thead><tr>${WEEKDAYS.map(day => `<th>${day}</th>`).join('')}</tr></thead><tbody><tr>${cells}</tr></tbody></table>
      <div class="dc-calendar-foot">
        <button type="button" class="btn btn-link btn-xs" data-day="${now}">Hôm nay</button>
        <button type="button" class="btn btn-link btn-xs" data-close>Đóng</button>
      </div>`;
    popup.addEventListener('click', event => {
      const target = event.target.closest('button');
      if (!target) {
        return;
      }
      if (target.dataset.move) {
        const index = year * 12 + (month - 1) + Number(target.dataset.move);
        show(Math.floor(index / 12), index % 12 + 1);
      } else if (target.dataset.day) {
        input.value = formatDay(target.dataset.day);
        close();
        onPick();
        input.focus();
      } else if (target.hasAttribute('data-close')) {
        close();
      }
    });
    popup.addEventListener('keydown', event => {
      if (event.key === 'Escape') {
        close();
        button.focus();
      }
    });
    (input.closest('.dc-date') || button.parentNode).appendChild(popup);
    document.addEventListener('mousedown', outside, true);
  };

  button.addEventListener('click', () => {
    if (popup) {
      close();
      return;
    }
    const [year, month] = (parseDay(input.value).iso || today()).split('-').map(Number);
    show(year, month);
  });
  return button;
}
