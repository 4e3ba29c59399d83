// One input per field type: each control is {el, get(), set(value), focus()}; get() answers the JSON value
// the API expects (numbers as numbers, empty as null) or throws a ValidationMessage.
import { h, uid, mount } from '../core/dom.js';
import { t, enumLabel } from '../core/i18n.js';
import { ENUMS } from '../specs/enums.js';
import { userPicker, refPicker } from './pickers.js';

export class ValidationMessage extends Error {}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

function textControl(spec, type = 'text') {
  const input = h('input', {
    id: uid(), type, name: spec.field, maxlength: spec.max, placeholder: spec.placeholder,
    autocomplete: spec.autocomplete || 'off', readOnly: spec.readonly,
  });
  return {
    el: input, input,
    get: () => (input.value.trim() === '' ? null : input.value.trim()),
    set: (value) => { input.value = value ?? ''; },
  };
}

function textareaControl(spec) {
  const input = h('textarea', { id: uid(), name: spec.field, rows: spec.rows || 3, maxlength: spec.max, readOnly: spec.readonly });
  return {
    el: input, input,
    get: () => (input.value.trim() === '' ? null : input.value.trim()),
    set: (value) => { input.value = value ?? ''; },
  };
}

function numberControl(spec, pattern) {
  const input = h('input', {
    id: uid(), type: 'text', inputmode: pattern === INTEGER ? 'numeric' : 'decimal', name: spec.field,
    placeholder: spec.placeholder, autocomplete: 'off', readOnly: spec.readonly, class: 'number',
  });
  return {
    el: input, input,
    get: () => {
      const text = input.value.replace(/[,\s¥]/g, '');
      if (text === '') return null;
      if (!pattern.test(text)) throw new ValidationMessage(t(pattern === INTEGER ? 'validation.integer' : 'validation.number'));
      return Number(text);
    },
    set: (value) => { input.value = value ?? ''; },
  };
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function dateTimeControl(spec) {
  const input = h('input', { id: uid(), type: 'datetime-local', name: spec.field, readOnly: spec.readonly });
  return {
    el: input, input,
    get: () => (input.value ? new Date(input.value).toISOString() : null),
    set: (value) => {
      if (!value) { input.value = ''; return; }
      const d = new Date(value);
      input.value = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    },
  };
}

function dateControl(spec) {
  const input = h('input', { id: uid(), type: 'date', name: spec.field, readOnly: spec.readonly });
  return {
    el: input, input,
    get: () => input.value || null,
    set: (value) => { input.value = value ? String(value).slice(0, 10) : ''; },
  };
}

function selectControl(spec) {
  const select = h('select', { id: uid(), name: spec.field, disabled: spec.readonly });
  let pending = null;
  const fill = (options) => {
    const chosen = pending ?? select.value;
    mount(select, h('option', { value: '' }, spec.emptyLabel || (spec.required ? t('form.choose') : t('form.none'))),
      ...options.map((option) => h('option', { value: String(option.value) }, option.label)));
    select.value = chosen == null ? '' : String(chosen);
    pending = null;
  };
  if (spec.enum) {
    fill((spec.values || ENUMS[spec.enum] || []).map((value) => ({ value, label: enumLabel(spec.enum, value) })));
  } else if (Array.isArray(spec.options)) {
    fill(spec.options);
  } else if (typeof spec.options === 'function') {
    fill([]);
    select.disabled = true;
    Promise.resolve(spec.options()).then(fill).catch(() => fill([])).finally(() => { select.disabled = !!spec.readonly; });
  }
  return {
    el: select, input: select,
    get: () => {
      if (select.value === '') return null;
      return spec.numeric ? Number(select.value) : select.value;
    },
    set: (value) => {
      select.value = value == null ? '' : String(value);
      if (select.value !== String(value ?? '')) pending = value;
    },
  };
}

function booleanControl(spec) {
  const input = h('input', { id: uid(), type: 'checkbox', name: spec.field, disabled: spec.readonly });
  return {
    el: input, input, inline: true,
    get: () => input.checked,
    set: (value) => { input.checked = !!value; },
  };
}

export function createControl(spec) {
  if (spec.control) return spec.control(spec);
  switch (spec.type) {
    case 'textarea': return textareaControl(spec);
    case 'email': return textControl(spec, 'email');
    case 'tel': return textControl(spec, 'tel');
    case 'number': case 'money': case 'percent': return numberControl(spec, DECIMAL);
    case 'integer': return numberControl(spec, INTEGER);
    case 'date': return dateControl(spec);
    case 'datetime': return dateTimeControl(spec);
    case 'enum': case 'select': return selectControl(spec);
    case 'boolean': return booleanControl(spec);
    case 'user': return userPicker(spec);
    case 'ref': return refPicker(spec);
    default: return textControl(spec);
  }
}
