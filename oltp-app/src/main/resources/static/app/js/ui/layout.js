// The frame around every screen: top bar (menu on a phone, notifications, language, user, log out),
// the side navigation (a drop-down menu on a phone) and the outlet the router renders into.
import { h, mount } from '../core/dom.js';
import { t, language } from '../core/i18n.js';
import { api } from '../core/api.js';
import { me, can, logout } from '../core/session.js';
import { NAV, navKeyOf } from '../nav.js';

export function mountShell(root) {
  const nav = h('nav', { id: 'side-nav', class: 'side-nav', 'aria-label': t('nav.label') },
    NAV.map((group) => {
      const items = group.items.filter((item) => can(item.perm));
      if (!items.length) return null;
      return h('div', { class: 'nav-group' }, h('p', { class: 'nav-group-title' }, t(`nav.group.${group.group}`)),
        h('ul', {}, items.map((item) => h('li', {}, h('a', { href: item.path, class: 'nav-link', dataset: { nav: item.key } }, t(`nav.${item.key}`))))));
    }));
  const toggle = h('button', {
    type: 'button', class: 'menu-toggle', 'aria-controls': 'side-nav', 'aria-expanded': 'false', 'aria-label': t('nav.menu'),
    onclick: () => setMenu(!document.body.classList.contains('menu-open')),
  }, h('span', { class: 'menu-icon', 'aria-hidden': 'true' }), t('nav.menu'));
  const unread = h('span', { class: 'unread', hidden: true });
  const switchTo = language === 'en' ? 'zh-CN' : 'en';
  const header = h('header', { class: 'top-bar' },
    toggle,
    h('a', { class: 'brand', href: '/app' }, 'Pulse CRM'),
    h('div', { class: 'spacer' }),
    h('a', { class: 'top-link notifications-link', href: '/app/notifications', 'aria-label': t('nav.notifications') }, t('nav.notifications'), unread),
    h('a', {
      class: 'top-link lang-switch', href: `${window.location.pathname}?lang=${switchTo}`, dataset: { reload: '', lang: switchTo },
      onclick: (event) => { event.currentTarget.href = `${window.location.pathname}?lang=${switchTo}`; },
    }, switchTo === 'en' ? 'English' : '中文'),
    h('span', { class: 'top-user', title: me.username }, me.displayName),
    h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'logout' }, onclick: logout }, t('nav.logout')));
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  root.className = 'shell';
  mount(root, header, nav, main);

  function setMenu(open) {
    document.body.classList.toggle('menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  }
  nav.addEventListener('click', (event) => { if (event.target.closest('a')) setMenu(false); });

  refreshUnread(unread);
  return {
    outlet: main,
    /** highlights the current section */
    changed() {
      const key = navKeyOf(window.location.pathname);
      for (const link of nav.querySelectorAll('.nav-link')) {
        const active = link.dataset.nav === key;
        link.classList.toggle('active', active);
        if (active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
      }
    },
  };
}

/** The unread count beside "notifications"; quietly absent while the endpoint is not there. */
export async function refreshUnread(badge = document.querySelector('.unread')) {
  if (!badge) return;
  try {
    const answer = await api.get('/api/v1/notifications/unread-count');
    const count = Number(answer?.unread ?? answer?.count ?? 0);
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.hidden = count === 0;
  } catch {
    badge.hidden = true;
  }
}
