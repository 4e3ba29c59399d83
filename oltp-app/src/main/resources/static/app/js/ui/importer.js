// Import a CSV/xlsx file (multipart "file"). Nothing is imported when a row is wrong: the server answers
// 400 with errors like {field: "row 7.phone", message}, shown here as a table the user can fix the file from.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t, serverMessage, tFirst } from '../core/i18n.js';
import { openDialog } from './dialog.js';
import { errorText } from './errors.js';
import { toast } from './toast.js';

export function importDialog(path, ns) {
  return new Promise((resolve) => {
    let imported = false;
    const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx,text/csv', required: true, 'aria-label': t('import.file') });
    const result = h('div', { class: 'import-result', role: 'alert' });
    openDialog({
      title: t(`${ns}.importTitle`),
      wide: true,
      body: [h('p', {}, t('import.intro')), h('label', { class: 'file-field' }, t('import.file'), file), result],
      onClose: () => resolve(imported),
      actions: [
        { key: 'cancel', label: t('action.close'), onClick: (close) => close() },
        { key: 'submit', label: t('action.import'), kind: 'primary', onClick: async (close) => {
          if (!file.files.length) { mount(result, h('p', { class: 'field-error' }, t('import.chooseFile'))); return; }
          const data = new FormData();
          data.append('file', file.files[0]);
          mount(result, h('p', { class: 'muted' }, t('import.uploading')));
          try {
            const answer = await api.upload(path, data);
            imported = true;
            const count = answer?.imported ?? answer?.created ?? answer?.count;
            toast(count != null ? t('import.done', { count }) : t('import.doneNoCount'), 'success');
            close();
          } catch (error) {
            mount(result, ...rowErrors(error, ns));
          }
        } },
      ],
    });
  });
}

function rowErrors(error, ns) {
  if (!error.fieldErrors?.length) return [h('p', { class: 'field-error' }, errorText(error))];
  const rows = error.fieldErrors.map((problem) => {
    const match = /^row (\d+)\.?(.*)$/.exec(problem.field || '');
    const field = match ? match[2] : problem.field;
    return h('tr', {}, h('td', {}, match ? match[1] : ''), h('td', {}, field ? tFirst([`${ns}.field.${field}`, `field.${field}`, field]) : ''),
      h('td', {}, serverMessage(problem.message)));
  });
  return [h('p', { class: 'field-error' }, error.problem?.detail || t('import.failed')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'data-table import-errors' },
      h('thead', {}, h('tr', {}, h('th', {}, t('import.row')), h('th', {}, t('import.field')), h('th', {}, t('import.message')))),
      h('tbody', {}, rows)))];
}
