// A list of tasks with their done checkbox: the tasks page and the home page use it.
import { h } from '../core/dom.js';
import { api } from '../core/api.js';
import { t, enumLabel, dateTime, localDay } from '../core/i18n.js';
import { can } from '../core/session.js';
import { TASKS, subjectHref } from '../specs/tasks.js';
import { showError } from './errors.js';
import { toast } from './toast.js';

export function isOverdue(task) {
  return !task.done && task.dueAt && localDay(task.dueAt) < localDay();
}

/** taskList(tasks, {onChange, actions(task) → nodes}) */
export function taskList(tasks, { onChange, actions } = {}) {
  if (!tasks.length) return h('p', { class: 'empty' }, t('task.none'));
  return h('ul', { class: 'task-list' }, tasks.map((task) => {
    const box = h('input', {
      type: 'checkbox', checked: !!task.done, disabled: !can('task:edit'), 'aria-label': t(task.done ? 'task.undone' : 'task.done'),
      dataset: { taskId: task.id },
      onchange: async () => {
        box.disabled = true;
        try {
          await api.post(`${TASKS.path}/${task.id}/${box.checked ? 'done' : 'undone'}`, { version: task.version });
          toast(t(box.checked ? 'task.markedDone' : 'task.markedUndone'), 'success');
          if (onChange) onChange();
        } catch (error) {
          box.checked = !box.checked;
          box.disabled = false;
          showError(error);
        }
      },
    });
    const href = subjectHref(task.subjectType, task.subjectId);
    return h('li', { class: ['task', task.done && 'task-done', isOverdue(task) && 'task-overdue'], dataset: { id: task.id } },
      box,
      h('div', { class: 'task-body' },
        h('p', { class: 'task-title' }, task.title),
        h('p', { class: 'muted' },
          task.priority && task.priority !== 'NORMAL' ? h('span', { class: `badge badge-${task.priority.toLowerCase()}` }, enumLabel('TaskPriority', task.priority)) : null,
          task.dueAt ? h('span', {}, ` ${isOverdue(task) ? t('task.overdue') : t('task.due')} ${dateTime(task.dueAt)}`) : null,
          href ? [' · ', h('a', { href }, task.subjectName || `${enumLabel('SubjectType', task.subjectType)} #${task.subjectId}`)] : null),
        task.description ? h('p', { class: 'task-description' }, task.description) : null),
      actions ? h('div', { class: 'row-actions' }, actions(task)) : null);
  }));
}
