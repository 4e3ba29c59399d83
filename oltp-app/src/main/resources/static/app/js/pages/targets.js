// Sales targets (业绩目标): per user or department and month, contract amount and receipt amount.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, money } from '../core/i18n.js';
import { can } from '../core/session.js';
import { replaceQuery } from '../core/router.js';
import { pageHeader, card } from '../ui/detail.js';
import { buildForm } from '../ui/form.js';
import { refNode } from '../ui/format.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';
import { departmentOptions } from './org-tree.js';

const PATH = '/api/v1/targets';
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** The body of PUT .../{year}: the twelve months, each with the version read (none for a month never set). */
const putBody = (months) => ({ months });

/** Rows of the list, whether flat ({userId|departmentId, month, ...}) or grouped ({..., months:[...]}). */
function group(answer) {
  const byWho = new Map();
  for (const row of itemsOf(answer)) {
    const key = row.userId != null ? `user:${row.userId}` : `department:${row.departmentId}`;
    if (!byWho.has(key)) {
      byWho.set(key, { userId: row.userId ?? null, departmentId: row.userId != null ? null : row.departmentId ?? null,
        name: row.userId != null ? row.userName : row.departmentName, months: new Map() });
    }
    for (const month of row.months || [row]) byWho.get(key).months.set(month.month, month);
  }
  return [...byWho.values()];
}

export function list(ctx) {
  let year = Number(ctx.query.get('year')) || new Date().getFullYear();
  const yearSelect = h('select', { 'aria-label': t('target.year'), dataset: { filter: 'year' } },
    [-1, 0, 1].map((delta) => h('option', { value: year + delta, selected: delta === 0 }, String(year + delta))));
  const summary = h('div', { class: 'card' });
  const editor = h('div');
  yearSelect.addEventListener('change', () => { year = Number(yearSelect.value); replaceQuery({ year }); load(); });

  async function load() {
    mount(summary, h('p', { class: 'muted' }, t('table.loading')));
    try {
      const rows = group(await api.get(PATH, { year }));
      mount(summary, rows.length ? h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('target.who')), h('th', {}, t('target.contractYear')), h('th', {}, t('target.receiptYear')), h('th', {}, ''))),
        h('tbody', {}, rows.map((row) => {
          const sum = (key) => [...row.months.values()].reduce((total, m) => total + Math.round(Number(m[key] || 0) * 100), 0) / 100;
          return h('tr', {},
            h('td', {}, row.userId != null ? refNode('user', row.userId, row.name, false) : refNode('department', row.departmentId, row.name, false)),
            h('td', { class: 'num' }, money(sum('contractAmount'))), h('td', { class: 'num' }, money(sum('receiptAmount'))),
            h('td', {}, can('target:configure') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => edit(row) }, t('action.edit')) : null));
        })))) : h('p', { class: 'empty' }, t('target.none')));
    } catch (error) {
      mount(summary, h('p', { class: 'empty' }, error.status === 404 ? t('table.unavailable') : t('table.failed')));
      if (error.status !== 404) showError(error);
    }
  }

  function edit(existing) {
    const who = buildForm([
      { field: 'userId', type: 'user', label: 'target.user' },
      { field: 'departmentId', type: 'select', numeric: true, options: departmentOptions, label: 'target.department' },
    ], existing || {}, { actions: false });
    const inputs = MONTHS.map((month) => {
      const current = existing?.months.get(month) || {};
      // a month never set comes back as zero without an id: show it empty
      return {
        month,
        contract: h('input', { type: 'text', inputmode: 'decimal', value: current.contractAmount ?? '', 'aria-label': t('target.contractOf', { month }) }),
        receipt: h('input', { type: 'text', inputmode: 'decimal', value: current.receiptAmount ?? '', 'aria-label': t('target.receiptOf', { month }) }),
      };
    });
    const save = h('button', { type: 'button', class: 'btn btn-primary' }, t('action.save'));
    save.addEventListener('click', async () => {
      const { userId, departmentId } = who.values();
      if ((userId == null) === (departmentId == null)) { toast(t('target.chooseOne'), 'error'); return; }
      const months = inputs.map((row) => ({
        month: row.month,
        contractAmount: Number(row.contract.value.replace(/[,\s]/g, '') || 0),
        receiptAmount: Number(row.receipt.value.replace(/[,\s]/g, '') || 0),
        version: existing?.months.get(row.month)?.version ?? undefined,
      }));
      const path = userId != null ? `${PATH}/users/${userId}/${year}` : `${PATH}/departments/${departmentId}/${year}`;
      try {
        await api.put(path, putBody(months));
        toast(t('toast.saved'), 'success');
        editor.replaceChildren();
        load();
      } catch (error) { showError(error, { form: who }); }
    });
    mount(editor, card(t('target.editTitle', { year }), who.el,
      h('div', { class: 'table-scroll' }, h('table', { class: 'data-table targets' },
        h('thead', {}, h('tr', {}, h('th', {}, t('target.month')), h('th', {}, t('target.contract')), h('th', {}, t('target.receipt')))),
        h('tbody', {}, inputs.map((row) => h('tr', {}, h('th', { scope: 'row' }, t('target.monthName', { month: row.month })), h('td', {}, row.contract), h('td', {}, row.receipt)))))),
      h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'btn', onclick: () => editor.replaceChildren() }, t('action.cancel')), save)));
  }

  mount(ctx.view, pageHeader({
    title: t('target.title'),
    actions: [{ key: 'create', label: t('target.create'), perm: 'target:configure', kind: 'primary', run: () => edit(null) }],
  }), h('div', { class: 'table-toolbar' }, h('label', { class: 'filter' }, h('span', {}, t('target.year')), yearSelect)), editor, summary);
  load();
}
