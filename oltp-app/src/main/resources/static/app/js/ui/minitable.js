// A small read-only table for a tab (a customer's contacts, a contract's plans): columns from a field
// spec, optional actions per row. The big list component is ui/table.js.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { fieldLabel } from './form.js';
import { formatValue } from './format.js';
import { showError } from './errors.js';

/** miniTable(columns, rows, {ns, rowHref, actions:[{key, label, perm, when(row), run(row)}]}) */
export function miniTable(columns, rows, { ns, rowHref, actions = [] } = {}) {
  if (!rows.length) return h('p', { class: 'empty' }, t('table.empty'));
  const allowed = actions.filter((action) => can(action.perm));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, fieldLabel(column, ns))),
      allowed.length ? h('th', {}, '') : null)),
    h('tbody', {}, rows.map((row) => h('tr', { dataset: { id: row.id } },
      columns.map((column, index) => {
        const content = formatValue(column, row);
        return h('td', { dataset: { label: fieldLabel(column, ns) }, class: column.type === 'money' ? 'num' : null },
          index === 0 && rowHref ? h('a', { href: rowHref(row) }, content || `#${row.id}`) : content);
      }),
      allowed.length ? h('td', { class: 'row-actions' }, allowed.filter((action) => !action.when || action.when(row))
        .map((action) => h('button', {
          type: 'button', class: ['btn', 'btn-small', action.kind && `btn-${action.kind}`], dataset: { action: action.key },
          onclick: async () => { try { await action.run(row); } catch (error) { showError(error); } },
        }, action.label))) : null)))));
}
