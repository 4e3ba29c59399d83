// The marketers' segment builder. Figures (segments in scope, preview, trend, member ids) come from this app;
// the feature catalogue, saving and campaign target lists from oltp-app, called from this page with the login
// cookie both apps share and the CSRF header (oltp-app allows this origin by CORS). Every server text is set as
// text, never as markup.

const body = document.body;
const lang = body.dataset.lang && body.dataset.lang.startsWith('en') ? 'en' : 'zh-CN';
const api = body.dataset.apiUrl;
const oltp = body.dataset.oltpUrl;
const texts = Object.fromEntries([...document.querySelectorAll('#texts [data-key]')]
  .map((el) => [el.dataset.key, el.textContent]));
const $ = (id) => document.getElementById(id);

const state = { catalogue: null, rule: group('AND'), editing: null, previewSeq: 0, timer: null };

function group(op) {
  return { op, rules: [] };
}

function csrf() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** fetch with the login cookie; a problem answer is thrown with its status and errors. */
async function call(url, { method = 'GET', json } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': lang };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrf();
  }
  const response = await fetch(url, { method, headers, credentials: 'include',
    body: json === undefined ? undefined : JSON.stringify(json) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw failure(response, data);
  }
  return data;
}

function failure(response, problem) {
  const error = new Error((problem && problem.detail) || response.statusText);
  error.status = response.status;
  error.problem = problem || {};
  return error;
}

function status(message, kind = 'info') {
  const el = $('status');
  el.textContent = message || '';
  el.dataset.state = kind;
}

function refused(error) {
  if (error.status === 401) {
    status(texts.loginNeeded, 'error');
    location.assign(body.dataset.loginUrl + '?next=' + encodeURIComponent(location.href));
  } else if (error.status === 403) {
    status(texts.noAccess, 'error');
  } else if (error.status === 503) {
    status(texts.unavailable, 'error');
  } else {
    status(error.message, 'error');
  }
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') {
      node.textContent = value;
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  children.flat().forEach((child) => child && node.append(child));
  return node;
}

// ---- the rule tree ----------------------------------------------------------------------------------

const feature = (name) => state.catalogue.features.find((f) => f.name === name);
const operator = (code) => state.catalogue.operators.find((o) => o.code === code);
const label = (entry) => entry.label[lang] || entry.label.en;

function newCondition() {
  const first = state.catalogue.features[0];
  return { feature: first.name, operator: first.operators[0], values: [] };
}

function renderRule() {
  const root = $('rule-root');
  root.replaceChildren(renderGroup(state.rule, null, 'rule', 1));
}

function renderGroup(node, parent, path, depth) {
  const children = node.rules.map((child, i) => child.rules
    ? renderGroup(child, node, `${path}.rules[${i}]`, depth + 1)
    : renderCondition(child, node, `${path}.rules[${i}]`));
  const op = el('select', { class: 'group-op', 'aria-label': texts.operator,
    onchange: (e) => { node.op = e.target.value; changed(); } },
  el('option', { value: 'AND', text: texts.and, selected: node.op === 'AND' }),
  el('option', { value: 'OR', text: texts.or, selected: node.op === 'OR' }));
  const actions = el('div', { class: 'group-actions' },
    el('button', { type: 'button', class: 'add-condition', text: texts.addCondition,
      onclick: () => { node.rules.push(newCondition()); changed(true); } }),
    depth < state.catalogue.limits.maxDepth ? el('button', { type: 'button', class: 'add-group', text: texts.addGroup,
      onclick: () => { const g = group(node.op === 'AND' ? 'OR' : 'AND'); g.rules.push(newCondition());
        node.rules.push(g); changed(true); } }) : null,
    parent ? el('button', { type: 'button', class: 'remove', text: texts.remove,
      onclick: () => { parent.rules.splice(parent.rules.indexOf(node), 1); changed(true); } }) : null);
  return el('fieldset', { class: 'group', 'data-path': path }, el('legend', {}, op), ...children, actions);
}

function renderCondition(node, parent, path) {
  const f = feature(node.feature);
  const featureSelect = el('select', { class: 'feature', 'aria-label': texts.feature, onchange: (e) => {
    const next = feature(e.target.value);
    node.feature = next.name;
    if (!next.operators.includes(node.operator)) {
      node.operator = next.operators[0];
    }
    node.values = [];
    changed(true);
  } }, state.catalogue.features.map((x) => el('option', { value: x.name, text: label(x), selected: x.name === f.name })));
  const operatorSelect = el('select', { class: 'operator', 'aria-label': texts.operator, onchange: (e) => {
    node.operator = e.target.value;
    node.values = node.values.slice(0, operator(node.operator).maxValues);
    changed(true);
  } }, f.operators.map((code) => el('option', { value: code, text: label(operator(code)), selected: code === node.operator })));
  return el('div', { class: 'condition', 'data-path': path }, featureSelect, operatorSelect, valueInputs(node, f),
    el('button', { type: 'button', class: 'remove', text: texts.remove, 'aria-label': texts.remove,
      onclick: () => { parent.rules.splice(parent.rules.indexOf(node), 1); changed(true); } }));
}

/** The inputs a condition's values need: none, one, two (BETWEEN) or a list; typed by the feature. */
function valueInputs(node, f) {
  const op = operator(node.operator);
  if (op.maxValues === 0) {
    return null;
  }
  if (f.type === 'ENUM') {
    if (op.maxValues === 1) {
      if (node.values.length === 0) {
        node.values = [f.values[0].code];
      }
      return el('select', { class: 'value', 'aria-label': texts.value,
        onchange: (e) => { node.values = [e.target.value]; changed(); } },
      f.values.map((v) => el('option', { value: v.code, text: label(v), selected: node.values[0] === v.code })));
    }
    return el('span', { class: 'choices' }, f.values.map((v) => el('label', {},
      el('input', { type: 'checkbox', value: v.code, checked: node.values.includes(v.code), onchange: (e) => {
        node.values = e.target.checked ? [...node.values, v.code] : node.values.filter((x) => x !== v.code);
        changed();
      } }), ' ', label(v))));
  }
  const type = f.type === 'NUMBER' ? 'number' : f.type === 'MONEY' ? 'number' : 'text';
  const step = f.type === 'MONEY' ? '0.01' : '1';
  const typed = (text) => {
    const raw = text.trim();
    if (f.type === 'NUMBER' || f.type === 'SET') {
      return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    }
    return raw; // MONEY and TEXT travel as text: an amount keeps its decimals exactly
  };
  if (op.maxValues === 1 || op.maxValues === 2) {
    return el('span', { class: 'values' }, Array.from({ length: op.maxValues }, (_, i) => el('input', {
      class: 'value', type, step: type === 'number' ? step : undefined, value: node.values[i] ?? '',
      'aria-label': op.maxValues === 2 ? (i === 0 ? texts.from : texts.to) : texts.value,
      oninput: (e) => { node.values[i] = typed(e.target.value); changed(); } })));
  }
  return el('input', { class: 'value list', type: 'text', value: node.values.join(', '), 'aria-label': texts.value,
    placeholder: texts.valuesHint,
    oninput: (e) => { node.values = e.target.value.split(/[,，]/).map((x) => x.trim()).filter(Boolean).map(typed);
      changed(); } });
}

/** A change of shape re-renders the tree; every change asks for a new preview, after the typing stops. */
function changed(shape = false) {
  if (shape) {
    renderRule();
  }
  clearTimeout(state.timer);
  state.timer = setTimeout(preview, 350);
}

async function preview() {
  const seq = ++state.previewSeq;
  const count = $('preview-count');
  if (state.rule.rules.length === 0) {
    count.textContent = '–';
    count.dataset.count = '';
    $('preview-sample').tBodies[0].replaceChildren();
    showRuleErrors([]);
    return;
  }
  count.dataset.state = 'loading';
  try {
    const answer = await call(api + '/preview', { method: 'POST', json: { rule: state.rule } });
    if (seq !== state.previewSeq) {
      return; // a newer rule was asked for meanwhile
    }
    showRuleErrors([]);
    count.textContent = answer.count.toLocaleString(lang);
    count.dataset.count = String(answer.count);
    count.dataset.state = 'ready';
    $('preview-sample').tBodies[0].replaceChildren(...answer.sample.map((c) => el('tr', { 'data-customer-id': c.id },
      el('td', {}, el('a', { href: c.link, text: c.name || `#${c.id}` })), el('td', { text: c.ownerName || '' }),
      el('td', { text: c.level || '' }), el('td', { text: c.industry || '' }), el('td', { text: c.lifecycleStage || '' }))));
  } catch (error) {
    if (seq !== state.previewSeq) {
      return;
    }
    count.dataset.state = 'invalid';
    if (error.status === 400) {
      showRuleErrors(error.problem.errors || []);
    } else {
      refused(error);
    }
  }
}

/**
 * Each error of a rule stands next to what it names: the deepest condition or group whose path starts its field
 * (`rule.rules[1].values[0]` → the condition `rule.rules[1]`, its first value input marked invalid). Errors naming
 * nothing on the page (the rule as a whole) go to the list under the tree.
 */
function showRuleErrors(problems) {
  const root = $('rule-root');
  root.querySelectorAll('.field-error').forEach((node) => node.remove());
  root.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  const unplaced = [];
  for (const problem of problems) {
    const holder = [...root.querySelectorAll('[data-path]')]
      .filter((node) => problem.field === node.dataset.path || problem.field.startsWith(node.dataset.path + '.'))
      .sort((a, b) => b.dataset.path.length - a.dataset.path.length)[0];
    if (!holder) {
      unplaced.push(problem);
      continue;
    }
    const value = /^\.values\[(\d+)]/.exec(problem.field.slice(holder.dataset.path.length));
    const inputs = holder.querySelectorAll(':scope > .values .value, :scope > .value, :scope > .choices input');
    const input = value ? inputs[Number(value[1])] || inputs[0] : null;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
    }
    const message = el('span', { class: 'field-error', role: 'alert', text: problem.message });
    if (holder.tagName === 'FIELDSET') {
      holder.querySelector(':scope > .group-actions').before(message);
    } else {
      holder.append(message);
    }
  }
  const errors = $('rule-errors');
  errors.hidden = unplaced.length === 0;
  errors.replaceChildren(...unplaced.map((e) => el('li', { text: `${e.field}: ${e.message}` })));
}

// ---- the saved segments -----------------------------------------------------------------------------

async function loadList() {
  const list = await call(api);
  renderList(list.items);
  return list.items;
}

function renderList(items) {
  $('segment-list-empty').hidden = items.length > 0;
  $('segment-list').tBodies[0].replaceChildren(...items.map((s) => el('tr', { 'data-segment-id': s.id },
    el('td', {}, el('button', { type: 'button', class: 'link', text: s.name, onclick: () => open(s.id) })),
    el('td', { text: s.ownerName || '' }),
    el('td', { class: 'num', 'data-members': s.members, text: s.members.toLocaleString(lang) }))));
}

function showMembers(count) {
  $('detail-members').textContent = count.toLocaleString(lang);
  $('detail-members').dataset.members = String(count);
}

async function showTrend(id) {
  const trend = await call(`${api}/${id}/trend?days=30`);
  const chart = echarts.getInstanceByDom($('trend-chart')) || echarts.init($('trend-chart'));
  chart.setOption(JSON.parse(trend.option), true);
  $('trend-chart').dataset.days = String(trend.rows.length);
  $('trend-chart').dataset.members = String(trend.rows.length ? trend.rows[trend.rows.length - 1].members : 0);
}

async function open(id) {
  try {
    const segment = await call(`${api}/${id}`);
    state.editing = segment;
    state.rule = segment.rule.rules ? segment.rule : { op: 'AND', rules: [segment.rule] };
    $('segment-name').value = segment.name;
    renderRule();
    changed();
    $('segment-detail').hidden = false;
    $('detail-heading').textContent = segment.name;
    showMembers(segment.members);
    await showTrend(id);
  } catch (error) {
    refused(error);
  }
}

async function save() {
  const name = $('segment-name').value.trim();
  const stateEl = $('save-state');
  if (!name) {
    stateEl.textContent = texts.nameRequired;
    return;
  }
  if (state.rule.rules.length === 0) {
    stateEl.textContent = texts.emptyRule;
    return;
  }
  stateEl.textContent = texts.saving;
  const editing = state.editing && state.editing.name !== undefined ? state.editing : null;
  try {
    const saved = editing
      ? await call(`${oltp}/api/v1/segments/${editing.id}`, { method: 'PUT',
        json: { name, rule: state.rule, version: editing.version } })
      : await call(`${oltp}/api/v1/segments`, { method: 'POST', json: { name, rule: state.rule } });
    stateEl.textContent = texts.waitingForSegment;
    await waitForSegment(saved.id, saved.version, Number($('preview-count').dataset.count));
    stateEl.textContent = texts.saved;
    stateEl.dataset.savedId = String(saved.id);
    await open(saved.id);
  } catch (error) {
    if (error.status === 400 || error.status === 409) {
      stateEl.textContent = error.status === 409 && error.problem.code === 'stale-version' ? texts.staleVersion
        : (error.problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ') || error.message;
    } else {
      stateEl.textContent = texts.saveFailed;
      refused(error);
    }
  }
}

/**
 * A save reaches this app's list through CDC and the warehouse within seconds, its members a moment later (the
 * stream processors evaluate the rule): read the list until it shows with as many members as the preview counted
 * (same rule, same scope), for at most a minute.
 */
async function waitForSegment(id, version, expectedMembers) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const items = await loadList();
    if (items.some((s) => s.id === id && s.version >= version
      && (Number.isNaN(expectedMembers) || s.members === expectedMembers))) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

// ---- campaigns --------------------------------------------------------------------------------------

async function loadCampaigns() {
  const select = $('target-campaign');
  try {
    const page = await call(`${oltp}/api/v1/campaigns?size=100`);
    select.replaceChildren(...page.items.map((c) => el('option', { value: c.id, text: c.name })));
  } catch (error) {
    select.replaceChildren(el('option', { value: '', text: texts.noCampaign }));
  }
}

async function addTargets() {
  const target = $('target-state');
  const campaign = $('target-campaign').value;
  if (!campaign || !state.editing) {
    target.textContent = texts.noCampaign;
    return;
  }
  try {
    const members = await call(`${api}/${state.editing.id}/member-ids`);
    if (members.ids.length === 0) {
      target.textContent = texts.noMembers;
      return;
    }
    const added = await call(`${oltp}/api/v1/campaigns/${campaign}/targets`, { method: 'POST',
      json: { customerIds: members.ids } });
    target.textContent = texts.targetsAdded.replace('{0}', added.added).replace('{1}', added.total)
      + (members.truncated ? ' ' + texts.targetsTruncated : '');
    target.dataset.added = String(added.added);
  } catch (error) {
    target.textContent = error.status === 400
      ? (error.problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ') : texts.targetsFailed;
  }
}

// ---- export -----------------------------------------------------------------------------------------

/** Downloads the open segment's members (this app's file, in the page's language) as a file the browser saves. */
async function download(format) {
  const target = $('export-state');
  if (!state.editing) {
    return;
  }
  target.textContent = texts.loading;
  delete target.dataset.downloaded;
  try {
    const response = await fetch(`${api}/${state.editing.id}/members.${format}`,
      { headers: { 'Accept-Language': lang }, credentials: 'same-origin' });
    if (!response.ok) {
      throw failure(response, await response.json().catch(() => null));
    }
    const file = await response.blob();
    const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('Content-Disposition') || '');
    const link = el('a', { href: URL.createObjectURL(file),
      download: named ? decodeURIComponent(named[1]) : `segment-${state.editing.id}.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    target.textContent = '';
    target.dataset.downloaded = format;
    target.dataset.bytes = String(file.size);
  } catch (error) {
    target.textContent = error.status === 403 ? texts.exportForbidden : texts.exportFailed;
  }
}

// ---- live -------------------------------------------------------------------------------------------

/**
 * The list, and the open segment's members and trend, follow ClickHouse through the dashboards' one feed: it pushes
 * `segments` when a segment, its members or a customer moved (no polling here; the trend is read again only then).
 */
function follow() {
  const stream = new EventSource(`${api}/stream?lang=${encodeURIComponent(lang)}`);
  stream.addEventListener('segments', (event) => {
    const items = JSON.parse(event.data).rows;
    renderList(items);
    const shown = state.editing && !$('segment-detail').hidden && items.find((s) => s.id === state.editing.id);
    if (shown) {
      showMembers(shown.members);
      showTrend(shown.id).catch(refused);
    }
    status('');
  });
  stream.addEventListener('unavailable', () => status(texts.unavailable, 'error'));
  stream.addEventListener('unauthorized', () => {
    stream.close();
    refused({ status: 401 });
  });
}

// ---- start ------------------------------------------------------------------------------------------

async function start() {
  status(texts.loading);
  try {
    state.catalogue = await call(`${oltp}/api/v1/segments/features`);
  } catch (error) {
    status(texts.catalogueFailed, 'error');
    return;
  }
  renderRule();
  $('new-segment').addEventListener('click', () => {
    state.editing = null;
    state.rule = group('AND');
    $('segment-name').value = '';
    $('segment-detail').hidden = true;
    renderRule();
    changed();
  });
  $('save-segment').addEventListener('click', save);
  $('add-targets').addEventListener('click', addTargets);
  $('export-csv').addEventListener('click', () => download('csv'));
  $('export-xlsx').addEventListener('click', () => download('xlsx'));
  window.addEventListener('resize', () => {
    const chart = echarts.getInstanceByDom($('trend-chart'));
    if (chart) {
      chart.resize();
    }
  });
  try {
    await loadList();
    status('');
    follow();
    body.dataset.ready = 'true';
  } catch (error) {
    refused(error);
  }
  loadCampaigns();
}

start();
