// Modal dialogs on the native <dialog> element: confirm, and a form that stays open until the server accepts it.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { buildForm } from './form.js';
import { showError } from './errors.js';

/** {title, body, actions:[{label, kind, onClick}], wide} → {el, close} ; closing removes it. */
export function openDialog({ title, body, actions = [], wide = false, onClose }) {
  const footer = h('footer', { class: 'dialog-actions' });
  const dialog = h('dialog', { class: ['dialog', wide && 'dialog-wide'] },
    h('header', { class: 'dialog-header' }, h('h2', {}, title),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': t('action.close'), onclick: () => close() }, '×')),
    h('div', { class: 'dialog-body' }, body),
    footer);
  for (const action of actions) {
    footer.append(h('button', {
      type: 'button', class: ['btn', action.kind && `btn-${action.kind}`], dataset: { action: action.key || '' },
      onclick: () => action.onClick(close),
    }, action.label));
  }
  function close(result) {
    if (dialog.open) dialog.close();
    dialog.remove();
    if (onClose) onClose(result);
  }
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { el: dialog, close, footer };
}

export function confirmDialog(message, { title = t('dialog.confirmTitle'), confirmLabel = t('action.confirm'), danger = false } = {}) {
  return new Promise((resolve) => {
    let answered = false;
    openDialog({
      title,
      body: h('p', {}, message),
      onClose: () => { if (!answered) resolve(false); },
      actions: [
        { key: 'cancel', label: t('action.cancel'), onClick: (close) => close() },
        { key: 'confirm', label: confirmLabel, kind: danger ? 'danger' : 'primary',
          onClick: (close) => { answered = true; resolve(true); close(); } },
      ],
    });
  });
}

/**
 * A form in a dialog. submit(values) runs the request; a refusal shows its errors in the dialog
 * (next to the fields) and keeps it open; success resolves with submit's result.
 */
export function formDialog({ title, fields, values = {}, submitLabel = t('action.save'), submit, intro, extra, wide }) {
  return new Promise((resolve) => {
    let done = false;
    const form = buildForm(fields, values, { actions: false });
    const dialog = openDialog({
      title, wide,
      body: [intro, form.el, extra],
      onClose: () => { if (!done) resolve(null); },
      actions: [
        { key: 'cancel', label: t('action.cancel'), onClick: (close) => close() },
        { key: 'submit', label: submitLabel, kind: 'primary', onClick: () => form.el.requestSubmit() },
      ],
    });
    form.el.addEventListener('submit', async (event) => {
      event.preventDefault();
      const read = form.read();
      if (!read.ok) return;
      form.busy(true);
      try {
        const result = await submit(read.values, form);
        done = true;
        resolve(result ?? true);
        dialog.close();
      } catch (error) {
        showError(error, { form });
      } finally {
        form.busy(false);
      }
    });
  });
}
