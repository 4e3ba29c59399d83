// Forms built from a field spec. The server is the authority on what is valid: the form checks only
// what it must to build the JSON (required, number formats) and shows the server's 400 errors next to
// the field they name; errors naming no field of the form are listed above it.
import { h, mount } from '../core/dom.js';
import { t, tFirst, serverMessage } from '../core/i18n.js';
import { createControl, ValidationMessage } from './controls.js';

export function fieldLabel(spec, ns) {
  if (spec.label) return t(spec.label);
  return tFirst([ns && `${ns}.field.${spec.field}`, `field.${spec.field}`].filter(Boolean));
}

/**
 * buildForm(fields, values, {ns, actions, submitLabel, onSubmit, onCancel}) →
 * {el, read(), showProblem(error), clearErrors(), busy(on), control(field), values()}
 */
export function buildForm(fields, values = {}, options = {}) {
  const { ns, actions = true, submitLabel = t('action.save'), onSubmit, onCancel } = options;
  const formError = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const grid = h('div', { class: 'form-grid' });
  const form = h('form', { class: 'form', novalidate: true, dataset: { form: ns || '' } }, formError, grid);
  const entries = [];

  for (const spec of fields) {
    const control = createControl(spec);
    const error = h('p', { class: 'field-error', id: `${control.input?.id || spec.field}-error`, hidden: true, dataset: { errorFor: spec.field } });
    const label = h('label', { for: control.input?.id }, fieldLabel(spec, ns), spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
    if (control.input) control.input.setAttribute('aria-describedby', error.id);
    const wrapper = h('div', {
      class: ['field', spec.span === 'full' && 'field-full', control.inline && 'field-inline', `field-${spec.type || 'text'}`],
      dataset: { field: spec.field },
    }, control.inline ? [control.el, label] : [label, control.el],
    spec.help ? h('p', { class: 'field-help' }, t(spec.help)) : null, error);
    grid.append(wrapper);
    const initial = values[spec.field] !== undefined ? values[spec.field] : spec.default;
    if (initial !== undefined) control.set(typeof initial === 'function' ? initial() : initial, values[`${spec.field}Label`]);
    entries.push({ spec, control, wrapper, error });
  }

  const visible = (entry, current) => !entry.spec.when || entry.spec.when(current);
  const rawValues = () => {
    const current = {};
    for (const entry of entries) {
      try { current[entry.spec.field] = entry.control.get(); } catch { current[entry.spec.field] = undefined; }
    }
    return current;
  };
  const refreshVisibility = () => {
    const current = rawValues();
    for (const entry of entries) entry.wrapper.hidden = !visible(entry, current);
  };
  form.addEventListener('input', refreshVisibility);
  form.addEventListener('change', refreshVisibility);
  refreshVisibility();

  const setFieldError = (entry, message) => {
    entry.error.textContent = message;
    entry.error.hidden = false;
    entry.wrapper.classList.add('has-error');
    entry.control.input?.setAttribute('aria-invalid', 'true');
  };

  const api = {
    el: form,
    control: (field) => entries.find((entry) => entry.spec.field === field)?.control,
    values: rawValues,

    clearErrors() {
      formError.hidden = true;
      formError.replaceChildren();
      for (const entry of entries) {
        entry.error.hidden = true;
        entry.error.textContent = '';
        entry.wrapper.classList.remove('has-error');
        entry.control.input?.removeAttribute('aria-invalid');
        entry.control.clearErrors?.();
      }
    },

    /** {ok, values}: client checks only; shows its own errors. */
    read() {
      api.clearErrors();
      const result = {};
      let ok = true;
      const current = rawValues();
      for (const entry of entries) {
        if (!visible(entry, current) || entry.spec.readonly && entry.spec.omitReadonly) continue;
        try {
          const value = entry.control.get();
          if (entry.spec.required && (value == null || value === '' || (Array.isArray(value) && !value.length))) {
            throw new ValidationMessage(t('validation.required'));
          }
          if (value !== null || entry.spec.sendNull) result[entry.spec.field] = value;
        } catch (error) {
          if (!(error instanceof ValidationMessage)) throw error;
          ok = false;
          setFieldError(entry, error.message);
        }
      }
      if (!ok) form.querySelector('.has-error input, .has-error select, .has-error textarea')?.focus();
      return { ok, values: result };
    },

    /** A refused request: each {field, message} next to its field, the rest above the form. */
    showProblem(error, message) {
      api.clearErrors();
      const unplaced = [];
      for (const problem of error.fieldErrors || []) {
        const name = String(problem.field || '');
        const exact = entries.find((entry) => entry.spec.field === name);
        const nested = exact ? null : entries.find((entry) => entry.control.showErrors
          && (name.startsWith(`${entry.spec.field}[`) || name.startsWith(`${entry.spec.field}.`)));
        if (exact) setFieldError(exact, serverMessage(problem.message));
        else if (nested) nested.control.showErrors([problem]);
        else unplaced.push(problem);
      }
      // a refusal the user can act on as a whole (stale, forbidden) reads as one sentence, not field by field
      if (message) unplaced.length = 0;
      const headline = message || (unplaced.length || !error.fieldErrors?.length ? error.problem?.detail : null);
      if (headline || unplaced.length) {
        mount(formError, headline ? h('p', {}, headline) : null,
          unplaced.length ? h('ul', {}, unplaced.map((p) => h('li', {}, `${p.field}: ${serverMessage(p.message)}`))) : null);
        formError.hidden = false;
      }
      const first = form.querySelector('.has-error input, .has-error select, .has-error textarea');
      if (first) first.focus();
      else formError.scrollIntoView({ block: 'nearest' });
    },

    busy(on) {
      for (const button of form.querySelectorAll('button')) button.disabled = on;
      form.classList.toggle('busy', on);
    },
  };

  if (actions) {
    form.append(h('div', { class: 'form-actions' },
      onCancel ? h('button', { type: 'button', class: 'btn', onclick: onCancel }, t('action.cancel')) : null,
      h('button', { type: 'submit', class: 'btn btn-primary', dataset: { action: 'submit' } }, submitLabel)));
  }
  if (onSubmit) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const read = api.read();
      if (!read.ok) return;
      api.busy(true);
      try {
        await onSubmit(read.values, api);
      } finally {
        api.busy(false);
      }
    });
  }
  return api;
}
