// The screens for a wrong address, a missing permission and a page that failed to load.
import { h, mount } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { errorText } from '../ui/errors.js';

function message(ctx, title, text) {
  mount(ctx.view, h('div', { class: 'empty-state page-message' }, h('h1', {}, title), h('p', {}, text),
    h('a', { class: 'btn', href: '/app' }, t('nav.home'))));
}

export function notFound(ctx) {
  message(ctx, t('error.pageNotFoundTitle'), t('error.pageNotFound'));
}

export function forbidden(ctx) {
  message(ctx, t('error.forbiddenTitle'), t('error.forbidden'));
}

export function failed(ctx, error) {
  if (error?.status === 404) return message(ctx, t('error.recordNotFoundTitle'), t('error.recordNotFound'));
  if (error?.status === 403) return forbidden(ctx);
  return message(ctx, t('error.failedTitle'), errorText(error));
}
