// Pieces of a record's page: the header with its actions, a list of fields, and tabs rendered on first
// view (the active tab is in the URL, ?tab=contacts, so a reload or a link opens it).
import { h, mount } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { replaceQuery } from '../core/router.js';
import { fieldLabel } from './form.js';
import { formatValue } from './format.js';
import { showError } from './errors.js';

/** {title, subtitle, badges:[nodes], back:{href,label}, actions:[{key, label, perm, kind, when, run}]} */
export function pageHeader({ title, subtitle, badges = [], back, actions = [] }) {
  const buttons = actions.filter((action) => can(action.perm) && (action.when === undefined || action.when))
    .map((action) => (action.href
      ? h('a', { class: ['btn', action.kind && `btn-${action.kind}`], href: action.href, dataset: { action: action.key } }, action.label)
      : h('button', {
        type: 'button', class: ['btn', action.kind && `btn-${action.kind}`], dataset: { action: action.key },
        onclick: async (event) => {
          const button = event.currentTarget;
          button.disabled = true;
          try { await action.run(); } catch (error) { showError(error); } finally { button.disabled = false; }
        },
      }, action.label)));
  return h('header', { class: 'page-header' },
    h('div', { class: 'page-title' },
      back ? h('a', { class: 'back-link', href: back.href }, `← ${back.label}`) : null,
      h('h1', {}, title, ...badges.map((badge) => [' ', badge])),
      subtitle ? h('p', { class: 'subtitle' }, subtitle) : null),
    buttons.length ? h('div', { class: 'page-actions' }, buttons) : null);
}

/** The record's fields as label/value pairs. */
export function fieldList(specs, record, ns) {
  return h('dl', { class: 'field-list' }, specs.map((spec) => h('div', { class: ['field-item', spec.span === 'full' && 'field-full'], dataset: { field: spec.field } },
    h('dt', {}, fieldLabel(spec, ns)),
    h('dd', {}, formatValue(spec, record) || h('span', { class: 'muted' }, '—')))));
}

/** tabs([{key, label, render(panel)}], {query}) — each tab renders once, when first shown. */
export function tabs(list, { query } = {}) {
  const visible = list.filter((tab) => can(tab.perm));
  const bar = h('div', { class: 'tabs', role: 'tablist' });
  const panels = h('div', { class: 'tab-panels' });
  const rendered = new Map();
  const select = (key) => {
    for (const button of bar.children) {
      const active = button.dataset.tab === key;
      button.setAttribute('aria-selected', String(active));
      button.classList.toggle('active', active);
    }
    for (const panel of panels.children) panel.hidden = panel.dataset.tab !== key;
    if (!rendered.has(key)) {
      const tab = visible.find((item) => item.key === key);
      const panel = h('div', { class: 'tab-panel', role: 'tabpanel', dataset: { tab: key } });
      panels.append(panel);
      rendered.set(key, panel);
      Promise.resolve(tab.render(panel)).catch((error) => {
        mount(panel, h('p', { class: 'empty' }, error.status === 404 ? t('table.unavailable') : t('table.failed')));
        if (error.status !== 404) showError(error);
      });
    }
    replaceQuery({ tab: key === visible[0].key ? null : key });
  };
  for (const tab of visible) {
    bar.append(h('button', { type: 'button', role: 'tab', class: 'tab', dataset: { tab: tab.key }, onclick: () => select(tab.key) }, tab.label));
  }
  const el = h('section', { class: 'tabbed' }, bar, panels);
  const initial = query?.get('tab');
  select(visible.some((tab) => tab.key === initial) ? initial : visible[0].key);
  return { el, select, reload: (key) => { rendered.get(key)?.remove(); rendered.delete(key); select(key); } };
}

export function card(title, ...content) {
  return h('section', { class: 'card' }, title ? h('h2', { class: 'card-title' }, title) : null, content);
}
