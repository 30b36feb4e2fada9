// The fields of the Tasklist forms. Each field is a <div data-field="variable" data-kind="…"> in a form
// of forms/*.html, drawn here with its label (from the server's field labels, the ones refusals name),
// a mark when it is required, a hint, and its own Vietnamese message. Nothing a person types is changed:
// a value the field cannot take is refused with a message, never adjusted.

import { calendarButton, DATE_HINT, formatDay, parseDay, today } from './dates.js';
import { organizationsByCode, remember, searchOrganizations, signersOf } from './options.js';

let ids = 0;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** As people type names: without tone marks, đ as d, in lower case ("lanh dao" finds "Lãnh đạo"). */
function folded(text) {
  return String(text).toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '');
}

function isBlank(value) {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** What every field has: its label, required mark, hint and message, around its own control. */
class Field {
  constructor(host, context) {
    this.host = host;
    this.context = context;
    this.name = host.dataset.field || host.dataset.column;
    this.label = host.dataset.label || context.labels[this.name] || this.name;
    this.compact = Boolean(host.dataset.column);
    this.id = `dc-${this.name}-${++ids}`;
  }

  /** The process variable's type for this field's value. */
  get type() {
    return 'String';
  }

  get required() {
    const when = this.host.dataset.requiredWhen;
    return this.host.hasAttribute('data-required') || (when !== undefined && this.context.holds(when));
  }

  render(value) {
    this.host.classList.add('dc-field', 'form-group');
    this.host.innerHTML = '';
    this.labelElement = element('label', 'control-label');
    this.labelElement.htmlFor = this.id;
    this.labelElement.append(this.label);
    this.mark = element('span', 'dc-required-mark', ' *');
    this.mark.title = 'Bắt buộc';
    this.mark.setAttribute('aria-hidden', 'true');
    this.labelElement.append(this.mark);
    const control = this.control(value);
    this.host.append(this.labelElement, control);
    if (!control.querySelector('#' + CSS.escape(this.id)) && control.id !== this.id) {
      // several controls (ticks, a decision, rows): the label names the group
      this.labelElement.removeAttribute('for');
      this.labelElement.id = this.id + '-label';
      control.setAttribute('role', control.getAttribute('role') || 'group');
      control.setAttribute('aria-labelledby', this.labelElement.id);
    }
    if (this.host.dataset.hint) {
      this.host.append(element('p', 'help-block dc-hint', this.host.dataset.hint));
    }
    this.message = element('p', 'dc-message');
    this.message.setAttribute('role', 'alert');
    this.host.append(this.message);
    this.refreshRequired();
  }

  refreshRequired() {
    this.mark.hidden = !this.required;
    const input = this.host.querySelector('input, select, textarea');
    if (input) {
      input.setAttribute('aria-required', String(this.required));
    }
  }

  changed() {
    this.context.changed(this.name);
  }

  /**
   * Checks what is typed on the spot: a message appears when the person leaves the field and goes as
   * soon as the value is right. Leaving it for one of Tasklist's own buttons (Hoàn thành, Bắt đầu,
   * outside the form) changes nothing: that button checks everything itself, and a message appearing
   * under the pointer would move it away between press and release, losing the click.
   */
  watch(input, typedProblem) {
    input.addEventListener('input', () => {
      if (this.host.classList.contains('has-error')) {
        this.show(typedProblem());
      }
    });
    input.addEventListener('blur', event => {
      const next = event.relatedTarget;
      if (!(next && next.closest('button') && !next.closest('form.dc-form'))) {
        this.show(typedProblem());
      }
    });
  }

  /** Whether the value is acceptable here, in the person's language: null when it is. */
  problem() {
    if (this.required && isBlank(this.value())) {
      return 'Bắt buộc nhập.';
    }
    return null;
  }

  show(message) {
    this.host.classList.toggle('has-error', Boolean(message));
    this.message.textContent = message || '';
  }

  focus() {
    const input = this.host.querySelector('input, select, textarea, button');
    if (input) {
      input.focus();
    }
  }
}

/** One line, several lines, or a number. */
class TextField extends Field {
  control(value) {
    const multiline = this.host.dataset.kind === 'textarea';
    this.input = element(multiline ? 'textarea' : 'input', 'form-control');
    if (multiline) {
      this.input.rows = Number(this.host.dataset.rows || 4);
    } else {
      this.input.type = 'text';
      if (this.host.dataset.kind === 'number') {
        this.input.inputMode = 'decimal';
      }
    }
    this.input.id = this.id;
    this.input.value = isBlank(value) ? '' : String(value);
    if (this.host.dataset.placeholder) {
      this.input.placeholder = this.host.dataset.placeholder;
    }
    this.input.addEventListener('input', () => this.changed());
    this.watch(this.input, () => this.typedProblem());
    return this.input;
  }

  value() {
    return this.input.value.trim() === '' ? null : this.input.value;
  }

  typedProblem() {
    const max = Number(this.host.dataset.max || 0);
    if (max && this.input.value.trim().length > max) {
      return `Dài quá ${max} ký tự (đang có ${this.input.value.trim().length}).`;
    }
    if (this.host.dataset.kind === 'number' && this.value() !== null && !/^\s*\d+([.,]\d+)?\s*$/.test(this.input.value)) {
      return `'${this.input.value.trim()}' không phải số (ví dụ 75 hoặc 12,5).`;
    }
    return null;
  }

  problem() {
    return super.problem() || this.typedProblem();
  }
}

/** A day: typed as ngày/tháng/năm or picked on a Vietnamese calendar; kept as 2027-01-15. */
class DateField extends Field {
  control(value) {
    const group = element('div', 'input-group dc-date');
    this.input = element('input', 'form-control');
    this.input.type = 'text';
    this.input.id = this.id;
    this.input.inputMode = 'numeric';
    this.input.placeholder = 'ngày/tháng/năm';
    this.input.autocomplete = 'off';
    this.input.value = isBlank(value) ? '' : formatDay(value);
    this.input.addEventListener('input', () => this.changed());
    this.watch(this.input, () => this.typedProblem());
    const addon = element('span', 'input-group-btn');
    addon.append(calendarButton(this.input, () => {
      this.show(this.typedProblem());
      this.changed();
    }));
    group.append(this.input, addon);
    if (!this.host.dataset.hint) {
      this.host.dataset.hint = `Nhập ${DATE_HINT}, hoặc chọn trên lịch.`;
    }
    return group;
  }

  value() {
    return parseDay(this.input.value).iso || null;
  }

  typedProblem() {
    const parsed = parseDay(this.input.value);
    if (parsed.problem) {
      return parsed.problem + '.';
    }
    const limit = this.host.dataset.notAfter === 'today' ? today() : null;
    if (parsed.iso && limit && parsed.iso > limit) {
      return `Ngày ${formatDay(parsed.iso)} chưa tới (hôm nay là ${formatDay(limit)}).`;
    }
    if (parsed.iso && this.host.dataset.notBefore === 'today' && parsed.iso < today()) {
      return `Ngày ${formatDay(parsed.iso)} đã qua (hôm nay là ${formatDay(today())}).`;
    }
    return null;
  }

  problem() {
    return this.typedProblem() || super.problem();
  }
}

/** One of a named list (document types, signing capacities, period kinds, comparisons). */
class ChoiceField extends Field {
  control(value) {
    this.select = element('select', 'form-control');
    this.select.id = this.id;
    const choices = this.context.choices[this.host.dataset.choices] || [];
    const none = element('option', '', this.host.dataset.none || '— Chọn —');
    none.value = '';
    this.select.append(none);
    choices.forEach(choice => {
      const option = element('option', '', choice.label);
      option.value = choice.value;
      this.select.append(option);
    });
    const chosen = isBlank(value) ? this.host.dataset.default || '' : String(value);
    this.select.value = chosen;
    if (this.select.value !== chosen) { // a value the list does not offer: shown as it is, to be changed
      const unknown = element('option', '', chosen);
      unknown.value = chosen;
      this.select.append(unknown);
      this.select.value = chosen;
    }
    this.select.addEventListener('change', () => {
      this.show(null);
      this.changed();
    });
    return this.select;
  }

  value() {
    return this.select.value || null;
  }
}

/**
 * A name chosen from a list searched as one types: an organisation (found by the server, stored as its
 * code) or a leader who may sign (stored as the name). Typed text that matches nothing is refused.
 */
class SearchField extends Field {
  control(value) {
    const box = element('div', 'dc-search');
    this.input = element('input', 'form-control');
    this.input.type = 'text';
    this.input.id = this.id;
    this.input.autocomplete = 'off';
    this.input.placeholder = this.host.dataset.placeholder || 'Gõ vài chữ của tên để tìm';
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-expanded', 'false');
    this.list = element('ul', 'dc-search-list');
    this.list.setAttribute('role', 'listbox');
    this.list.hidden = true;
    box.append(this.input, this.list);
    this.chosen = null;
    if (!isBlank(value)) {
      this.choose({ value, label: value }, false); // an organisation's code, until its name is known
      if (this.isOrganization()) {
        organizationsByCode([value]).then(([organization]) => this.chosen && this.chosen.value === value
          && this.choose({ value, label: organization.name }, false));
      }
    }
    this.input.addEventListener('input', () => {
      this.chosen = null;
      this.changed();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), 200);
    });
    this.input.addEventListener('focus', () => {
      if (!this.chosen) {
        this.refresh();
      }
    });
    this.input.addEventListener('keydown', event => this.navigate(event));
    this.input.addEventListener('blur', () => {
      this.list.hidden = true;
      this.input.setAttribute('aria-expanded', 'false');
    });
    this.watch(this.input, () => this.typedProblem());
    return box;
  }

  /** Offers what matches the text now; an answer that comes back after a newer one is dropped. */
  async refresh() {
    const ticket = this.pending = (this.pending || 0) + 1;
    const found = await this.search(this.input.value);
    if (ticket === this.pending) {
      this.offer(found);
    }
  }

  isOrganization() {
    return this.host.dataset.kind === 'organization';
  }

  async search(query) {
    if (this.isOrganization()) {
      const within = this.host.dataset.within ? this.context.valueOf(this.host.dataset.within) : null;
      const found = await searchOrganizations(query, { within, drafting: this.host.hasAttribute('data-drafting') });
      const excluded = this.host.dataset.exclude ? this.context.valueOf(this.host.dataset.exclude) : null;
      return found.filter(organization => organization.code !== excluded).map(organization => {
        remember(organization);
        return { value: organization.code, label: organization.name, detail: organization.parentName };
      });
    }
    const org = this.context.valueOf(this.host.dataset.org);
    this.signers = this.signers || (org ? await signersOf(org) : []);
    const words = folded(query).split(/\s+/).filter(Boolean);
    return this.signers.filter(name => words.every(word => folded(name).includes(word)))
      .map(name => ({ value: name, label: name }));
  }

  offer(found) {
    this.list.innerHTML = '';
    this.offered = found;
    this.active = -1;
    if (!found.length) {
      this.list.append(element('li', 'dc-search-none', 'Không tìm thấy tên nào khớp'));
    }
    found.forEach((item, index) => {
      const option = element('li', 'dc-search-option');
      option.setAttribute('role', 'option');
      option.dataset.index = index;
      option.append(element('span', '', item.label));
      if (item.detail) {
        option.append(element('small', 'dc-search-detail', item.detail));
      }
      option.addEventListener('mousedown', event => {
        event.preventDefault();
        this.choose(item, true);
      });
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  navigate(event) {
    if (this.list.hidden || !this.offered || !this.offered.length) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + this.offered.length) % this.offered.length;
      [...this.list.children].forEach((child, index) => child.classList.toggle('dc-active', index === this.active));
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.choose(this.offered[this.active], true);
    } else if (event.key === 'Escape') {
      this.list.hidden = true;
    }
  }

  choose(item, byPerson) {
    this.chosen = item;
    this.input.value = item.label;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    if (byPerson) {
      this.show(null);
      this.changed();
    }
  }

  value() {
    return this.chosen ? this.chosen.value : null;
  }

  typedProblem() {
    return !this.chosen && this.input.value.trim() ? `Hãy chọn một tên trong danh sách ('${this.input.value.trim()}' không có trong danh sách).` : null;
  }

  problem() {
    return this.typedProblem() || super.problem();
  }
}

/** Several organisations, each chosen by name from the list (cooperating agencies); stored as codes. */
class ManySearchField extends Field {
  get type() {
    return 'Json';
  }

  control(value) {
    const box = element('div', 'dc-many');
    this.chips = element('div', 'dc-chips');
    this.codes = [];
    const search = element('div');
    search.dataset.kind = 'organization';
    search.dataset.within = this.host.dataset.within || '';
    search.dataset.placeholder = 'Thêm: gõ vài chữ của tên';
    this.search = new SearchField(search, this.context);
    this.search.name = this.name;
    const input = this.search.control(null);
    this.search.choose = item => {
      this.add(item.value, item.label);
      this.search.input.value = '';
      this.search.chosen = null;
      this.search.list.hidden = true;
    };
    this.search.typedProblem = () => null;
    this.search.show = () => {};
    box.append(this.chips, input);
    const initial = Array.isArray(value) ? value : [];
    initial.forEach(code => this.add(code, code));
    organizationsByCode(initial).then(found => found.forEach(organization => this.rename(organization.code, organization.name)));
    return box;
  }

  add(code, name) {
    if (this.codes.includes(code)) {
      return;
    }
    this.codes.push(code);
    const chip = element('span', 'dc-chip');
    chip.dataset.code = code;
    chip.append(element('span', 'dc-chip-name', name));
    const remove = element('button', 'dc-chip-remove', '×');
    remove.type = 'button';
    remove.title = 'Bỏ ' + name;
    remove.setAttribute('aria-label', 'Bỏ ' + name);
    remove.addEventListener('click', () => {
      this.codes = this.codes.filter(existing => existing !== code);
      chip.remove();
      this.changed();
    });
    chip.append(remove);
    this.chips.append(chip);
    this.changed();
  }

  rename(code, name) {
    const chip = this.chips.querySelector(`[data-code="${CSS.escape(code)}"] .dc-chip-name`);
    if (chip) {
      chip.textContent = name;
      chip.parentNode.querySelector('button').title = 'Bỏ ' + name;
    }
  }

  value() {
    return this.codes.slice();
  }
}

/** Organisations ticked in a list given by the server (those directly below), stored as codes. */
class ChecklistField extends Field {
  get type() {
    return 'Json';
  }

  control(value) {
    const box = element('div', 'dc-checklist');
    const options = this.context.variable(this.host.dataset.options) || [];
    const chosen = new Set(Array.isArray(value) ? value : []);
    if (!options.length) {
      box.append(element('p', 'dc-empty', 'Không có đơn vị trực thuộc.'));
      this.boxes = [];
      return box;
    }
    const tools = element('div', 'dc-checklist-tools');
    const all = element('button', 'btn btn-link btn-xs', 'Chọn tất cả');
    const none = element('button', 'btn btn-link btn-xs', 'Bỏ chọn tất cả');
    [all, none].forEach(button => {
      button.type = 'button';
      button.addEventListener('click', () => {
        this.boxes.forEach(checkbox => {
          checkbox.checked = button === all;
        });
        this.changed();
      });
    });
    tools.append(all, none, element('span', 'dc-checklist-count'));
    box.append(tools);
    this.boxes = options.map(option => {
      const label = element('label', 'dc-check');
      const checkbox = element('input');
      checkbox.type = 'checkbox';
      checkbox.value = option.value;
      checkbox.checked = chosen.has(option.value);
      checkbox.addEventListener('change', () => this.changed());
      label.append(checkbox, ' ', option.label);
      box.append(label);
      return checkbox;
    });
    return box;
  }

  changed() {
    const count = this.host.querySelector('.dc-checklist-count');
    if (count) {
      count.textContent = `Đã chọn ${this.value().length}/${this.boxes.length}`;
    }
    super.changed();
  }

  render(value) {
    super.render(value);
    this.changed();
  }

  value() {
    return this.boxes.filter(checkbox => checkbox.checked).map(checkbox => checkbox.value);
  }
}

/** An approver's decision: approve, or return for revision. */
class DecisionField extends Field {
  control(value) {
    const box = element('div', 'dc-decision');
    box.setAttribute('role', 'radiogroup');
    this.radios = [['approve', this.host.dataset.approve || 'Phê duyệt'], ['return', this.host.dataset.return || 'Trả lại để sửa']]
      .map(([choice, text]) => {
        const label = element('label', 'radio-inline');
        const radio = element('input');
        radio.type = 'radio';
        radio.name = this.id;
        radio.value = choice;
        radio.checked = value === choice;
        radio.addEventListener('change', () => {
          this.show(null);
          this.changed();
        });
        label.append(radio, ' ', text);
        box.append(label);
        return radio;
      });
    return box;
  }

  value() {
    const checked = this.radios.find(radio => radio.checked);
    return checked ? checked.value : null;
  }

  problem() {
    return this.required && !this.value() ? 'Hãy chọn một quyết định.' : null;
  }
}

/** Yes or no. */
class CheckboxField extends Field {
  get type() {
    return 'Boolean';
  }

  control(value) {
    const label = element('label', 'dc-check');
    this.checkbox = element('input');
    this.checkbox.type = 'checkbox';
    this.checkbox.id = this.id;
    this.checkbox.checked = value === true;
    this.checkbox.addEventListener('change', () => this.changed());
    label.append(this.checkbox, ' ', this.host.dataset.text || 'Có');
    return label;
  }

  value() {
    return this.checkbox.checked;
  }
}

/**
 * Rows entered one by one (targets, further reporting periods, the plan's tasks, a report's figures):
 * each row's cells are fields of their own, given by the <div data-column> children of the field.
 * With data-fixed the rows are the server's (one per target) and only their cells are filled in.
 */
class RowsField extends Field {
  get type() {
    return 'Json';
  }

  render(value) {
    this.columns = [...this.host.querySelectorAll(':scope > [data-column]')].map(column => column.cloneNode(true));
    super.render(value);
  }

  control(value) {
    const box = element('div', 'dc-rows');
    this.rowsElement = element('div', 'dc-rows-list');
    this.rows = [];
    box.append(this.rowsElement);
    (Array.isArray(value) ? value : []).forEach(row => this.addRow(row));
    if (!this.host.hasAttribute('data-fixed')) {
      const add = element('button', 'btn btn-default btn-sm dc-add-row');
      add.type = 'button';
      add.innerHTML = '<span class="glyphicon glyphicon-plus"></span> ';
      add.append(this.host.dataset.add || 'Thêm dòng');
      add.addEventListener('click', () => {
        this.addRow({});
        this.rows[this.rows.length - 1].cells[0].focus();
        this.changed();
      });
      box.append(add);
      if (!this.rows.length) {
        this.rowsElement.append(element('p', 'dc-empty', this.host.dataset.empty || 'Chưa có dòng nào.'));
      }
    }
    return box;
  }

  addRow(values) {
    const empty = this.rowsElement.querySelector('.dc-empty');
    if (empty) {
      empty.remove();
    }
    const rowElement = element('div', 'dc-row');
    const head = element('div', 'dc-row-head');
    const title = element('span', 'dc-row-title');
    head.append(title);
    const row = { element: rowElement, title, cells: [], values };
    if (!this.host.hasAttribute('data-fixed')) {
      const remove = element('button', 'btn btn-link btn-xs dc-remove-row', 'Xoá dòng');
      remove.type = 'button';
      remove.addEventListener('click', () => {
        this.rows = this.rows.filter(existing => existing !== row);
        rowElement.remove();
        this.numberRows();
        this.changed();
      });
      head.append(remove);
    }
    const cells = element('div', 'dc-row-cells');
    this.columns.forEach(column => {
      const host = column.cloneNode(true);
      host.style.flexBasis = (host.dataset.basis || '160') + 'px';
      if (host.dataset.kind === 'view') {
        host.className = 'dc-cell-view';
        host.hidden = host.hasAttribute('data-hidden');
        host.append(element('span', 'dc-cell-label', host.dataset.label || ''), element('span', '', values[host.dataset.column] || ''));
        row.cells.push({ name: host.dataset.column, fixed: true, value: () => values[host.dataset.column], problem: () => null, show() {}, focus() {} });
      } else {
        const cell = createField(host, this.context);
        cell.changed = () => this.changed();
        cell.render(values[cell.name]);
        row.cells.push(cell);
      }
      cells.append(host);
    });
    rowElement.append(head, cells);
    this.rowsElement.append(rowElement);
    this.rows.push(row);
    this.numberRows();
  }

  numberRows() {
    this.rows.forEach((row, index) => {
      row.title.textContent = `${this.host.dataset.rowName || 'Dòng'} ${index + 1}`;
    });
  }

  value() {
    return this.rows.map(row => Object.fromEntries(row.cells.map(cell => [cell.name, cell.value()])))
      .filter(row => this.host.hasAttribute('data-fixed') || Object.values(row).some(cell => !isBlank(cell)));
  }

  problem() {
    const problems = [];
    this.rows.forEach((row, index) => {
      const filled = row.cells.some(cell => !cell.fixed && !isBlank(cell.value()));
      row.cells.forEach(cell => {
        const problem = filled || this.host.hasAttribute('data-fixed') ? cell.problem() : null;
        cell.show(problem);
        if (problem) {
          problems.push(`dòng ${index + 1}, ${cell.label}: ${problem.replace(/\.$/, '')}`);
        }
      });
    });
    if (problems.length) {
      return `Còn chỗ cần sửa: ${problems.join('; ')}.`;
    }
    return super.problem();
  }
}

/** Something the form shows and does not change: a date as dd/mm/yyyy, a code by its name, rows as a table. */
export class View {
  constructor(host, context) {
    this.host = host;
    this.context = context;
    this.name = host.dataset.readonly;
    this.label = host.dataset.label || context.labels[this.name] || this.name;
    this.columns = [...host.querySelectorAll(':scope > [data-column]')].map(column => column.cloneNode(true));
  }

  async render(value) {
    this.host.classList.add('dc-view');
    this.host.innerHTML = '';
    const empty = isBlank(value);
    if (empty && !this.host.dataset.empty) {
      this.host.hidden = true;
      return;
    }
    this.host.hidden = false;
    const dt = element('div', 'dc-view-label', this.label);
    const dd = element('div', 'dc-view-value');
    this.host.append(dt, dd);
    if (empty) {
      dd.append(element('span', 'dc-empty', this.host.dataset.empty));
      return;
    }
    const format = this.host.dataset.format || 'text';
    if (format === 'date') {
      dd.textContent = formatDay(value);
    } else if (format === 'choice') {
      const choice = (this.context.choices[this.host.dataset.choices] || []).find(option => option.value === value);
      dd.textContent = choice ? choice.label : value;
    } else if (format === 'organization') {
      dd.textContent = (await organizationsByCode([value]))[0].name;
    } else if (format === 'organizations') {
      const list = element('ul', 'dc-view-list');
      (await organizationsByCode(value)).forEach(organization => list.append(element('li', '', organization.name)));
      dd.append(list);
    } else if (format === 'rows') {
      dd.append(await this.table(value));
    } else if (format === 'yes-no') {
      dd.textContent = value === true ? 'Có' : 'Không';
    } else {
      dd.textContent = String(value);
      dd.classList.add('dc-view-text');
    }
  }

  /** Rows as a table with the field's columns; organisations by name, dates as dd/mm/yyyy, choices by label. */
  async table(rows) {
    if (!Array.isArray(rows)) {
      const text = element('div', 'dc-view-text', String(rows));
      return text;
    }
    const codes = rows.flatMap(row => this.columns.filter(column => column.dataset.format === 'organization'
      || column.dataset.format === 'organizations').flatMap(column => [].concat(row[column.dataset.column] || [])));
    const known = new Map((await organizationsByCode(codes)).map(organization => [organization.code, organization.name]));
    const wrapper = element('div', 'dc-view-table');
    const table = element('table', 'table table-condensed table-bordered');
    const head = element('tr');
    // Rows that carry their own number (a plan's TT) are shown with it; others are numbered here.
    const numbered = !this.columns.some(column => column.dataset.column === 'number');
    if (numbered) {
      head.append(element('th', '', 'TT'));
    }
    this.columns.forEach(column => head.append(element('th', '', column.dataset.label || this.context.labels[column.dataset.column] || '')));
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    rows.forEach((row, index) => {
      const tr = element('tr');
      if (numbered) {
        tr.append(element('td', '', String(index + 1)));
      }
      this.columns.forEach(column => {
        const value = row[column.dataset.column];
        let text;
        if (isBlank(value)) {
          text = '';
        } else if (column.dataset.format === 'organization') {
          text = known.get(value) || value;
        } else if (column.dataset.format === 'organizations') {
          text = [].concat(value).map(code => known.get(code) || code).join('; ');
        } else if (column.dataset.format === 'choice') {
          const choice = (this.context.choices[column.dataset.choices] || []).find(option => option.value === value);
          text = choice ? choice.label : value;
        } else if (column.dataset.format === 'date') {
          text = formatDay(value);
        } else {
          text = String(value);
        }
        tr.append(element('td', '', text));
      });
      tbody.append(tr);
    });
    table.append(thead, tbody);
    wrapper.append(table);
    return wrapper;
  }
}

const KINDS = {
  text: TextField,
  textarea: TextField,
  number: TextField,
  date: DateField,
  choice: ChoiceField,
  organization: SearchField,
  signer: SearchField,
  organizations: ManySearchField,
  checklist: ChecklistField,
  decision: DecisionField,
  checkbox: CheckboxField,
  rows: RowsField
};

export function createField(host, context) {
  const Kind = KINDS[host.dataset.kind];
  if (!Kind) {
    throw new Error(`Trường '${host.dataset.field || host.dataset.column}' có loại không biết: '${host.dataset.kind}'`);
  }
  return new Kind(host, context);
}
