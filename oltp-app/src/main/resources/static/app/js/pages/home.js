// Home (工作台): my tasks for today and overdue ones, shortcuts, and the records I touched last.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, dateTime, date, localDay } from '../core/i18n.js';
import { me, can } from '../core/session.js';
import { card } from '../ui/detail.js';
import { taskList, isOverdue } from '../ui/tasklist.js';
import { formatValue } from '../ui/format.js';
import { ZONE } from '../specs/tasks.js';

const RECENT = [
  { key: 'leads', perm: 'lead:view', path: '/api/v1/leads', base: '/app/leads', detail: { field: 'status', type: 'enum', enum: 'LeadStatus' } },
  { key: 'customers', perm: 'customer:view', path: '/api/v1/customers', base: '/app/customers', detail: { field: 'level', type: 'enum', enum: 'CustomerLevel' } },
  { key: 'opportunities', perm: 'opportunity:view', path: '/api/v1/opportunities', base: '/app/opportunities', detail: { field: 'amount', type: 'money' }, sort: 'updatedAt,desc' },
];

export function home(ctx) {
  const shortcuts = [
    ['lead:create', '/app/leads/new', 'lead.create'],
    ['customer:create', '/app/customers/new', 'customer.create'],
    ['opportunity:create', '/app/opportunities/new', 'opportunity.create'],
    ['task:view', '/app/tasks', 'nav.tasks'],
  ].filter(([perm]) => can(perm));
  const tasksCard = card(t('home.tasks'), h('p', { class: 'muted' }, t('table.loading')));
  const recent = h('div', { class: 'home-grid' });
  mount(ctx.view, 
    h('header', { class: 'page-header' }, h('div', { class: 'page-title' },
      h('h1', {}, t('home.greeting', { name: me.displayName })),
      h('p', { class: 'subtitle' }, date(localDay())))),
    shortcuts.length ? h('div', { class: 'shortcuts' }, shortcuts.map(([, href, label]) => h('a', { class: 'btn', href }, t(label)))) : null,
    recent);
  if (can('task:view')) recent.append(tasksCard);
  if (can('task:view')) loadTasks(tasksCard);
  for (const source of RECENT.filter((item) => can(item.perm))) {
    const box = card(t(`home.recent.${source.key}`), h('p', { class: 'muted' }, t('table.loading')));
    recent.append(box);
    loadRecent(box, source);
  }
}

async function loadTasks(box) {
  const body = box.querySelector('p');
  try {
    const [today, inbox] = await Promise.all([
      api.get('/api/v1/tasks', { view: 'today', size: 50, zone: ZONE }).then(itemsOf),
      api.get('/api/v1/tasks', { view: 'inbox', size: 100, zone: ZONE }).then(itemsOf),
    ]);
    const overdue = inbox.filter(isOverdue).filter((task) => !today.some((other) => other.id === task.id));
    const reload = () => loadTasks(box);
    body.replaceWith(h('div', {},
      overdue.length ? [h('h3', { class: 'overdue-title' }, t('home.overdue', { count: overdue.length })), taskList(overdue, { onChange: reload })] : null,
      h('h3', {}, t('home.today', { count: today.length })), taskList(today, { onChange: reload })));
  } catch (error) {
    body.textContent = error.status === 404 ? t('table.unavailable') : t('table.failed');
  }
}

async function loadRecent(box, source) {
  const body = box.querySelector('p');
  try {
    const rows = itemsOf(await api.get(source.path, { size: 5, ...(source.sort ? { sort: source.sort } : {}) }));
    body.replaceWith(rows.length ? h('ul', { class: 'plain-list recent-list' }, rows.map((row) => h('li', {},
      h('a', { href: `${source.base}/${row.id}` }, row.name || `#${row.id}`), ' ',
      formatValue(source.detail, row), ' ', h('span', { class: 'muted' }, dateTime(row.updatedAt)))))
      : h('p', { class: 'empty' }, t('table.empty')));
  } catch (error) {
    body.textContent = error.status === 404 ? t('table.unavailable') : t('table.failed');
  }
}
