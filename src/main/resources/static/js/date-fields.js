// Our pages' date fields (<input data-date>) as the Tasklist forms have them: ngày/tháng/năm typed or
// picked on the same Vietnamese calendar, an impossible day named on the spot. The server checks again.
import { calendarButton, parseDay } from '/camunda/app/shared/forms/dates.js';

document.querySelectorAll('input[data-date]').forEach(input => {
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  const check = () => {
    const problem = parseDay(input.value).problem;
    message.textContent = problem ? problem + '.' : '';
    message.hidden = !problem;
  };
  const field = document.createElement('span');
  field.className = 'dc-date date-field';
  input.replaceWith(field);
  field.append(input, calendarButton(input, check));
  field.after(message);
  input.addEventListener('blur', check);
});
