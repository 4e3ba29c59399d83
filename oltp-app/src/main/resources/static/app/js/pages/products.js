// Products (产品): the catalogue contracts and deals pick their lines from.
import { PRODUCTS as SPEC } from '../specs/catalog.js';
import { listScreen, formScreen } from '../ui/resource.js';
import { navigate } from '../core/router.js';
import { can } from '../core/session.js';

export function list(ctx) {
  listScreen(ctx, { ...SPEC, createPerm: 'product:create', rowHref: can('product:edit') ? (row) => `${SPEC.base}/${row.id}/edit` : null });
}

export function create(ctx) {
  return formScreen(ctx, { ...SPEC, backHref: SPEC.base, afterSave: () => navigate(SPEC.base, { replace: true }) });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, backHref: SPEC.base, id: ctx.params.id, afterSave: () => navigate(SPEC.base, { replace: true }) });
}
