// A record's operation log (操作记录): who did what, when, and each field's old and new value.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t, enumLabel, dateTime, tFirst } from '../core/i18n.js';

function show(value) {
  if (value == null || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export async function operationLog(panel, path) {
  const entries = await api.get(path);
  mount(panel, h('ol', { class: 'op-log' }, (entries || []).length
    ? entries.map((entry) => h('li', { class: 'op-log-entry', dataset: { action: entry.action } },
      h('div', { class: 'timeline-meta' },
        h('span', { class: 'badge' }, enumLabel('Action', entry.action)),
        h('time', { datetime: entry.occurredAt }, dateTime(entry.occurredAt)),
        h('span', {}, entry.actorName || (entry.actorId ? `#${entry.actorId}` : t('log.system')))),
      entry.summary ? h('p', {}, entry.summary) : null,
      entry.changes && Object.keys(entry.changes).length
        ? h('table', { class: 'changes' }, h('tbody', {}, Object.entries(entry.changes).map(([field, change]) => h('tr', {},
          h('th', { scope: 'row' }, tFirst([`field.${field}`, field])),
          h('td', {}, show(change?.from)), h('td', { 'aria-hidden': 'true' }, '→'), h('td', {}, show(change?.to))))))
        : null))
    : h('li', { class: 'empty' }, t('log.none'))));
}
