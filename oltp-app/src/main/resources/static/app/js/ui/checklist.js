// A set of checkboxes as one form control; its value is the list of checked values (numbers).
import { h, mount, uid } from '../core/dom.js';
import { t } from '../core/i18n.js';

/** spec.options: [{value, label}] or an async function answering them */
export function checkList(spec) {
  const el = h('div', { class: 'check-list', id: uid(), role: 'group' });
  let chosen = new Set();
  const fill = (options) => mount(el, options.map((option) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', value: option.value, checked: chosen.has(option.value),
      onchange: (event) => { if (event.target.checked) chosen.add(option.value); else chosen.delete(option.value); } }),
    option.label)));
  mount(el, h('span', { class: 'muted' }, t('table.loading')));
  Promise.resolve(typeof spec.options === 'function' ? spec.options() : spec.options || []).then(fill)
    .catch(() => mount(el, h('span', { class: 'muted' }, t('table.unavailable'))));
  return {
    el,
    input: null,
    get: () => [...chosen],
    set: (values) => {
      chosen = new Set(values || []);
      for (const box of el.querySelectorAll('input')) box.checked = chosen.has(Number(box.value));
    },
  };
}
