// What the user sees when the server refuses: field errors next to the fields, the rest as a toast.
import { t } from '../core/i18n.js';
import { toast } from './toast.js';

export function errorText(error) {
  if (!error || error.status === undefined) return t('error.unexpected');
  if (error.status === 0) return t('error.network');
  if (error.stale) return t('error.stale');
  if (error.status === 403) return error.code === 'csrf' ? t('error.csrf') : t('error.forbidden');
  if (error.status === 404) return t('error.notFound');
  return error.problem?.detail || t('error.unexpected');
}

/** Shows an ApiError; with a form, its field errors go next to the fields. Not an ApiError: rethrown. */
export function showError(error, { form } = {}) {
  if (error?.status === undefined) {
    console.error(error);
    toast(t('error.unexpected'), 'error');
    return;
  }
  if (error.status === 401) return;
  if (form && error.status === 400) {
    form.showProblem(error);
    return;
  }
  if (form && (error.status === 409 || error.status === 403)) {
    form.showProblem(error, errorText(error));
  }
  toast(errorText(error), 'error');
}
