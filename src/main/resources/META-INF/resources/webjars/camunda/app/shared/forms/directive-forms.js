// The Tasklist forms of Directive Cascade (forms/*.html, Camunda embedded forms): each form's script calls
// DirectiveForms.attach(camForm). Loaded into Tasklist as a custom script (tasklist/scripts/config.js).
//
// A form declares its fields as <div data-field="variable" data-kind="…"> and what it only shows as
// <div data-readonly="variable">; this draws them, fills them from the task's variables, checks them when the
// person presses "Hoàn thành" and writes them back as typed variables. What the server refuses comes back
// beside the field it names, in the same words. Tasklist compiles an embedded form with AngularJS, so the
// attributes are ones no directive of the webapps answers to (its "view" directive would empty a data-view).

import { createField, View } from './fields.js';
import { formOptions } from './options.js';

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className || '';
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * What several forms show alike, written once: <div data-summary="plan-task"> stands for these views
 * (variable, label, format).
 */
const SUMMARIES = {
  'plan-task': [
    ['taskTitle', 'Nhiệm vụ'], ['taskContent', 'Nội dung công việc'], ['product', 'Sản phẩm'],
    ['originalDeadline', 'Hạn gốc', 'date'], ['taskDeadline', 'Hạn đang áp dụng', 'date']
  ],
  'plan-task-product': [
    ['progress'], ['productPlanNumber'], ['productNumber'], ['productDate', null, 'date'], ['productSummary']
  ]
};

function expandSummaries(form) {
  form.querySelectorAll('[data-summary]').forEach(summary => {
    const views = (SUMMARIES[summary.dataset.summary] || []).map(([name, label, format]) => {
      const view = document.createElement('div');
      view.dataset.readonly = name;
      if (label) {
        view.dataset.label = label;
      }
      if (format) {
        view.dataset.format = format;
      }
      return view;
    });
    summary.replaceWith(...views);
  });
}

/** Every variable a field, a view or a field's option list reads. */
function variablesRead(form) {
  const names = new Set();
  form.querySelectorAll('[data-field]').forEach(host => names.add(host.dataset.field));
  form.querySelectorAll('[data-readonly]').forEach(host => names.add(host.dataset.readonly));
  form.querySelectorAll('[data-options], [data-within], [data-org], [data-exclude]').forEach(host => {
    ['options', 'within', 'org', 'exclude'].forEach(key => host.dataset[key] && names.add(host.dataset[key]));
  });
  form.querySelectorAll('[data-show-when], [data-required-when]').forEach(host => {
    [host.dataset.showWhen, host.dataset.requiredWhen].filter(Boolean)
      .forEach(condition => conditionParts(condition).forEach(part => names.add(part.name)));
  });
  return names;
}

/** "a&!b&c=x": each part a variable, whether it is negated, and the value it must equal (if any). */
function conditionParts(condition) {
  return condition.split('&').map(part => {
    const negated = part.startsWith('!');
    const [name, expected] = (negated ? part.slice(1) : part).split('=');
    return { name, negated, expected };
  });
}

function isSet(value) {
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return value === true || (typeof value === 'string' && value.trim() !== '' && value !== 'false') || typeof value === 'number';
}

function attach(camForm) {
  const form = camForm.formElement[0];
  const variables = camForm.variableManager;
  expandSummaries(form);
  const names = variablesRead(form);
  names.forEach(name => variables.variable(name) || variables.fetchVariable(name));

  const loading = element('p', 'dc-loading', 'Đang tải biểu mẫu…');
  form.prepend(loading);
  const summary = element('div', 'alert alert-danger dc-summary');
  summary.setAttribute('role', 'alert');
  summary.hidden = true;
  form.prepend(summary);

  let fields = [];
  let ready = false;
  const options = formOptions();

  const context = {
    labels: {},
    choices: {},
    variable(name) {
      const variable = variables.variable(name);
      return variable ? variable.value : null;
    },
    /** A field's current value, else the variable's. */
    valueOf(name) {
      const field = fields.find(candidate => candidate.name === name);
      return field ? field.value() : context.variable(name);
    },
    /**
     * "decision=return" holds when the decision field says return; "comment" when it has a value (a
     * ticked box, some text, a non-empty list); "!comment" when it has none; "a&b" when both hold.
     */
    holds(condition) {
      return conditionParts(condition).every(({ name, negated, expected }) => {
        const value = context.valueOf(name);
        const holds = expected === undefined ? isSet(value) : String(value) === expected;
        return negated ? !holds : holds;
      });
    },
    changed() {
      if (ready) {
        refreshConditions();
      }
    }
  };

  function refreshConditions() {
    form.querySelectorAll('[data-show-when]').forEach(host => {
      host.hidden = !context.holds(host.dataset.showWhen);
    });
    fields.forEach(field => field.refreshRequired());
  }

  function visible(field) {
    return !field.host.closest('[hidden]');
  }

  camForm.on('variables-applied', async () => {
    try {
      const loaded = await options;
      context.labels = loaded.labels;
      context.choices = loaded.choices;
      await Promise.all([...form.querySelectorAll('[data-readonly]')].map(host => new View(host, context).render(context.variable(host.dataset.readonly))));
      fields = [...form.querySelectorAll('[data-field]')].map(host => createField(host, context));
      // A decision's comment starts empty each round: the last round's is history, not this one's answer.
      fields.forEach(field => field.render(field.host.hasAttribute('data-fresh') ? null : context.variable(field.name)));
      ready = true;
      refreshConditions();
      loading.remove();
    } catch (error) {
      loading.textContent = error.message;
      loading.classList.add('text-danger');
    }
  });

  /** Writes what the fields hold into the variables Tasklist submits (or keeps, for "Lưu"). */
  function write() {
    fields.filter(visible).forEach(field => {
      const value = field.value();
      const existing = variables.variable(field.name);
      if (existing) {
        existing.type = field.type;
        existing.value = value;
      } else {
        variables.createVariable({ name: field.name, type: field.type, value, isDirty: true });
      }
    });
    // What the form only read and the task does not have is not sent back as an empty variable.
    const written = new Set(fields.filter(visible).map(field => field.name));
    names.forEach(name => {
      const variable = variables.variable(name);
      if (variable && !written.has(name) && !variable.type) {
        variables.destroyVariable(name);
      }
    });
  }

  function showProblems(problems) {
    summary.innerHTML = '';
    if (!problems.length) {
      summary.hidden = true;
      return;
    }
    summary.append(element('strong', '', 'Biểu mẫu chưa được gửi. Hãy sửa:'));
    const list = element('ul');
    problems.forEach(([label, message]) => list.append(element('li', '', `${label}: ${message}`)));
    summary.append(list);
    summary.hidden = false;
    summary.scrollIntoView({ block: 'nearest' });
  }

  camForm.on('submit', () => {
    if (!ready) {
      camForm.submitPrevented = true;
      return;
    }
    const problems = [];
    fields.forEach(field => {
      const problem = visible(field) ? field.problem() : null;
      field.show(problem);
      if (problem) {
        problems.push([field.label, problem]);
      }
    });
    showProblems(problems);
    if (problems.length) {
      camForm.submitPrevented = true;
      const first = fields.find(field => field.host.classList.contains('has-error'));
      if (first) {
        first.focus();
      }
      return;
    }
    write();
  });

  camForm.on('store', () => ready && write());

  // The server's refusal (400): each message beside the field it names, the rest in the summary.
  camForm.on('submit-failed', (form, [error]) => {
    if (error && error.message === 'camForm submission prevented') {
      return; // our own check stopped it and shows why
    }
    const response = error && error.response;
    let body = response && response.body;
    if (!body && response && response.text) {
      try {
        body = JSON.parse(response.text);
      } catch (notJson) {
        body = null;
      }
    }
    const errors = (body && body.errors) || {};
    const problems = [];
    Object.entries(errors).forEach(([name, message]) => {
      const field = fields.find(candidate => candidate.name === name);
      if (field) {
        field.show(message);
      }
      problems.push([field ? field.label : context.labels[name] || name, message]);
    });
    if (!problems.length && body && body.message) {
      problems.push(['Máy chủ', body.message]);
    }
    showProblems(problems);
  });
}

window.DirectiveForms = { attach };
