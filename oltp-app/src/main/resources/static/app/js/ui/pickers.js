// Search-as-you-type pickers: a user (GET /api/v1/users/lookup?q=) or a record of a list endpoint
// (customers, contracts, campaigns ...: GET <list>?q=&size=10). The control's value is the chosen id.
import { h, uid, debounce, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t } from '../core/i18n.js';
import { refLabel, remember, kindOf } from '../core/refs.js';

function picker(spec, { search, labelOf, kind }) {
  let chosen = null;
  const input = h('input', {
    id: uid(), type: 'search', name: spec.field, autocomplete: 'off', placeholder: t('picker.placeholder'),
    role: 'combobox', 'aria-expanded': 'false', readOnly: spec.readonly,
  });
  const list = h('ul', { class: 'picker-results', role: 'listbox', hidden: true });
  const el = h('div', { class: 'picker' }, input, list);
  let request = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); };
  const choose = (id, label) => {
    chosen = id;
    input.value = label || '';
    input.dataset.chosen = id == null ? '' : String(id);
    close();
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const show = (items) => {
    mount(list, ...(items.length ? items.map((item) => h('li', {},
      h('button', {
        type: 'button', class: 'picker-option', role: 'option', dataset: { id: item.id },
        onmousedown: (event) => event.preventDefault(),
        onclick: () => { remember(kind, item.id, labelOf(item)); choose(item.id, labelOf(item)); },
      }, labelOf(item), item.hint ? h('small', {}, ` ${item.hint}`) : null)))
      : [h('li', { class: 'picker-empty' }, t('picker.noResults'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const lookup = debounce(async () => {
    const mine = ++request;
    const q = input.value.trim();
    try {
      const items = await search(q);
      if (mine === request) show(items);
    } catch (error) {
      if (mine === request) {
        mount(list, h('li', { class: 'picker-empty' }, error.status === 404 ? t('picker.unavailable') : t('picker.failed')));
        list.hidden = false;
      }
    }
  }, 250);

  input.addEventListener('input', () => {
    chosen = null;
    input.dataset.chosen = '';
    lookup();
  });
  // suggestions on a click (not on focus: a field focused to show its error must not be covered)
  input.addEventListener('click', () => { if (!spec.readonly && list.hidden) lookup(); });
  input.addEventListener('blur', () => setTimeout(close, 150));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && !list.hidden) {
      event.preventDefault();
      list.querySelector('.picker-option')?.click();
    }
  });

  return {
    el, input,
    get: () => chosen,
    set: (value, label) => {
      chosen = value ?? null;
      input.dataset.chosen = value == null ? '' : String(value);
      input.value = label || '';
      if (value != null && !label) refLabel(kind, value).then((name) => { if (chosen === value) input.value = name; });
    },
  };
}

export function userPicker(spec) {
  return picker(spec, {
    kind: 'user',
    labelOf: (user) => user.displayName || user.username,
    search: async (q) => itemsOf(await api.get('/api/v1/users/lookup', { q }))
      .map((user) => ({ ...user, hint: user.departmentName || user.username })),
  });
}

/** spec.ref: a kind of core/refs.js (customer, contract, campaign, product, opportunity, lead). */
export function refPicker(spec) {
  const kind = kindOf(spec.ref);
  return picker(spec, {
    kind: spec.ref,
    labelOf: kind.label,
    search: async (q) => itemsOf(await api.get(kind.path, { q, size: 10, ...(spec.query ? spec.query() : {}) })),
  });
}
