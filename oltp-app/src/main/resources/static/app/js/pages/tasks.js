// My tasks (我的任务): inbox, today, next, later, done — tick to complete, untick to reopen.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { replaceQuery } from '../core/router.js';
import { TASKS, ZONE } from '../specs/tasks.js';
import { pageHeader } from '../ui/detail.js';
import { formDialog, confirmDialog } from '../ui/dialog.js';
import { taskList } from '../ui/tasklist.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';

export function list(ctx) {
  let view = TASKS.views.includes(ctx.query.get('view')) ? ctx.query.get('view') : 'inbox';
  const body = h('div', { class: 'card task-panel' });
  const bar = h('div', { class: 'tabs', role: 'tablist' }, TASKS.views.map((key) => h('button', {
    type: 'button', role: 'tab', class: 'tab', dataset: { tab: key },
    onclick: () => { view = key; replaceQuery({ view: key === 'inbox' ? null : key }); load(); },
  }, t(`task.view.${key}`))));

  async function load() {
    for (const button of bar.children) {
      button.classList.toggle('active', button.dataset.tab === view);
      button.setAttribute('aria-selected', String(button.dataset.tab === view));
    }
    mount(body, h('p', { class: 'muted' }, t('table.loading')));
    try {
      const tasks = itemsOf(await api.get(TASKS.path, { view, size: 100, zone: ZONE }));
      mount(body, taskList(tasks, {
        onChange: load,
        actions: (task) => [
          can('task:edit') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => editTask(task) }, t('action.edit')) : null,
          can('task:delete') ? h('button', { type: 'button', class: 'btn btn-small btn-danger-outline', onclick: () => deleteTask(task) }, t('action.delete')) : null,
        ],
      }));
    } catch (error) {
      mount(body, h('p', { class: 'empty' }, error.status === 404 ? t('table.unavailable') : t('table.failed')));
      if (error.status !== 404) showError(error);
    }
  }

  async function editTask(task) {
    const saved = await formDialog({
      title: task ? t('task.edit') : t('task.create'),
      fields: task ? TASKS.fields : [...TASKS.fields, TASKS.assignee],
      values: task || {},
      submit: (values) => (task ? api.put(`${TASKS.path}/${task.id}`, { ...values, version: task.version }) : api.post(TASKS.path, values)),
    });
    if (saved) { toast(t('toast.saved'), 'success'); load(); }
  }

  async function deleteTask(task) {
    if (!(await confirmDialog(t('dialog.deleteText', { name: task.title }), { danger: true }))) return;
    try {
      await api.delete(`${TASKS.path}/${task.id}`);
      load();
    } catch (error) { showError(error); }
  }

  mount(ctx.view, pageHeader({
    title: t('task.title'),
    actions: [{ key: 'create', label: t('task.create'), perm: 'task:create', kind: 'primary', run: () => editTask(null) }],
  }), bar, body);
  load();
}
