// The screens most records share: a list with a "new" button, a create/edit form that sends `version`
// on updates, delete with confirmation, and the transfer dialog.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { navigate } from '../core/router.js';
import { dataTable } from './table.js';
import { pageHeader } from './detail.js';
import { buildForm } from './form.js';
import { confirmDialog, formDialog } from './dialog.js';
import { showError } from './errors.js';
import { toast } from './toast.js';

/** {ns, path (API), base (UI path), columns, filters, defaultSort, ...dataTable options, headerActions} */
export function listScreen(ctx, spec) {
  const { ns, path, base, createPerm, headerActions = [] } = spec;
  const table = dataTable({
    ...spec,
    query: ctx.query,
    rowHref: spec.rowHref === undefined ? (row) => `${base}/${row.id}` : spec.rowHref,
    load: spec.load || ((params) => api.get(path, params)),
  });
  mount(ctx.view, pageHeader({
    title: t(`${ns}.title`),
    actions: [
      ...headerActions,
      createPerm ? { key: 'create', label: t(`${ns}.create`), perm: createPerm, kind: 'primary', href: `${base}/new` } : null,
    ].filter(Boolean),
  }), spec.above || null, table.el);
  return table;
}

/**
 * Create (no id) or edit: {ns, path, base, fields, id, unwrap(answer), toBody(values, record), initial,
 * afterSave(record), extra(form, record)}. Edit loads the record (unwrap: from a detail that wraps it)
 * and sends its version; 409 tells the user to reload.
 */
export async function formScreen(ctx, spec) {
  const { ns, path, base, fields, id } = spec;
  const record = id ? (spec.unwrap || ((answer) => answer))(await api.get(`${path}/${id}`)) : null;
  if (!ctx.alive()) return null;
  const values = record ? { ...record } : { ...(spec.initial || {}) };
  const form = buildForm(fields, values, {
    ns,
    submitLabel: id ? t('action.save') : t('action.create'),
    onCancel: () => window.history.back(),
    onSubmit: async (read, formApi) => {
      const body = spec.toBody ? spec.toBody(read, record, formApi) : read;
      if (record && record.version !== undefined) body.version = record.version;
      try {
        const saved = id ? await api.put(`${path}/${id}`, body) : await api.post(path, body);
        toast(t(id ? 'toast.saved' : 'toast.created'), 'success');
        if (spec.afterSave) spec.afterSave(saved);
        else navigate(`${base}/${saved?.id ?? id}`, { replace: true });
      } catch (error) {
        showError(error, { form: formApi });
      }
    },
  });
  mount(ctx.view, 
    pageHeader({
      title: id ? t(`${ns}.edit`) : t(`${ns}.create`),
      subtitle: record ? record.name || record.title || null : null,
      back: { href: spec.backHref || (id ? `${base}/${id}` : base), label: t(`${ns}.title`) },
    }),
    h('section', { class: 'card' }, form.el));
  if (spec.extra) spec.extra(form, record);
  return form;
}

/** A delete button's run(): confirm, DELETE, back to the list. */
export function deleteRecord(path, base, name) {
  return async () => {
    if (!(await confirmDialog(t('dialog.deleteText', { name }), { danger: true, confirmLabel: t('action.delete') }))) return;
    await api.delete(path);
    toast(t('toast.deleted'), 'success');
    navigate(base, { replace: true });
  };
}

/** Runs a POST action on a record and toasts; errors as toasts. Answers the server's reply or null. */
export async function act(path, body, successKey = 'toast.done') {
  try {
    const result = await api.post(path, body);
    toast(t(successKey), 'success');
    return result ?? true;
  } catch (error) {
    showError(error);
    return null;
  }
}

/** Transfer the selected records to another owner; extra fields (customers' options) are sent along. */
export function transferDialog(path, ids, extraFields = []) {
  return formDialog({
    title: t('transfer.title', { count: ids.length }),
    fields: [{ field: 'ownerId', type: 'user', required: true, label: 'transfer.newOwner' }, ...extraFields],
    submitLabel: t('action.transfer'),
    submit: async (values) => {
      await api.post(path, { ids, ...values });
      toast(t('toast.transferred', { count: ids.length }), 'success');
      return true;
    },
  });
}

export function bulkTransfer(path, perm, extraFields) {
  return {
    key: 'transfer', label: t('action.transfer'), perm,
    run: (rows) => transferDialog(path, rows.map((row) => row.id), extraFields),
  };
}

/** Export the selected rows (or everything the filters show when none is selected) as CSV or xlsx. */
export function exportButtons(path, perm, table, name) {
  if (!can(perm)) return [];
  const run = (format) => async () => {
    const ids = table().selected().map((row) => row.id);
    try {
      await api.download(`${path}/export`, { format, ids: ids.length ? ids : null }, `${name}.${format}`);
    } catch (error) {
      showError(error);
    }
  };
  return [
    h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'export-csv' }, onclick: run('csv') }, t('action.exportCsv')),
    h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'export-xlsx' }, onclick: run('xlsx') }, t('action.exportXlsx')),
  ];
}
