// What the forms offer to choose from, from the application's /api/task-forms (the same session as
// Tasklist): every field's label, the named choices, organisations by name, an organisation's signers.

/** The application's own root: the webapps live under it at /camunda. */
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
const API = appRoot.replace(/\/[^/]*$/, '') + '/api/task-forms';

async function get(path) {
  const response = await fetch(API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`Không tải được danh sách cho biểu mẫu (${response.status}). Hãy tải lại trang.`);
  }
  return response.json();
}

let options = null;

/** {labels: {field: label}, choices: {list: [{value, label}]}}, fetched once per page. */
export function formOptions() {
  options = options || get('/options');
  return options;
}

/** Organisations whose name holds every word typed; {within, drafting} narrow them. */
export function searchOrganizations(query, { within, drafting } = {}) {
  const params = new URLSearchParams({ q: query || '' });
  if (within) {
    params.set('within', within);
  }
  if (drafting) {
    params.set('drafting', 'true');
  }
  return get('/organizations?' + params);
}

const names = new Map();

/** The organisations with these codes, as {code, name, parentName}, remembered for the page. */
export async function organizationsByCode(codes) {
  const missing = [...new Set(codes.filter(code => code && !names.has(code)))];
  if (missing.length) {
    const params = new URLSearchParams();
    missing.forEach(code => params.append('codes', code));
    (await get('/organizations?' + params)).forEach(organization => names.set(organization.code, organization));
  }
  return codes.map(code => names.get(code) || { code, name: code });
}

export function remember(organization) {
  names.set(organization.code, organization);
}

/** The leaders who may sign for the organisation, by name. */
export function signersOf(orgCode) {
  return get('/signers?org=' + encodeURIComponent(orgCode));
}
