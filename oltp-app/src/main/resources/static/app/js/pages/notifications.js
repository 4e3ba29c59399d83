// Notifications (消息): reminders and approvals addressed to me; reading one marks it read.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, dateTime } from '../core/i18n.js';
import { pageHeader } from '../ui/detail.js';
import { refreshUnread } from '../ui/layout.js';
import { subjectHref } from '../specs/tasks.js';
import { showError } from '../ui/errors.js';

export function list(ctx) {
  const body = h('div', { class: 'card' });
  let unreadOnly = ctx.query.get('unread') === 'true';
  const filter = h('label', { class: 'filter-inline' }, h('input', {
    type: 'checkbox', checked: unreadOnly, onchange: (event) => { unreadOnly = event.target.checked; load(); },
  }), t('notification.unreadOnly'));

  async function load() {
    try {
      const items = itemsOf(await api.get('/api/v1/notifications', { unread: unreadOnly || null, size: 100 }));
      mount(body, items.length ? h('ul', { class: 'notification-list' }, items.map((item) => {
        const href = subjectHref(item.subjectType, item.subjectId);
        const markRead = async () => {
          if (item.readAt) return;
          try { await api.post(`/api/v1/notifications/${item.id}/read`); item.readAt = new Date().toISOString(); refreshUnread(); } catch (error) { showError(error); }
        };
        return h('li', { class: ['notification', !item.readAt && 'unread'], dataset: { id: item.id } },
          h('p', {}, href ? h('a', { href, onclick: markRead }, item.message) : item.message),
          h('p', { class: 'muted' }, dateTime(item.createdAt), ' ',
            item.readAt ? null : h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: async () => { await markRead(); load(); } }, t('notification.markRead'))));
      })) : h('p', { class: 'empty' }, t('notification.none')));
    } catch (error) {
      mount(body, h('p', { class: 'empty' }, error.status === 404 ? t('table.unavailable') : t('table.failed')));
      if (error.status !== 404) showError(error);
    }
  }

  mount(ctx.view, pageHeader({
    title: t('notification.title'),
    actions: [{ key: 'readAll', label: t('notification.readAll'), run: async () => { await api.post('/api/v1/notifications/read-all'); refreshUnread(); load(); } }],
  }), h('div', { class: 'table-toolbar' }, filter), body);
  load();
}
