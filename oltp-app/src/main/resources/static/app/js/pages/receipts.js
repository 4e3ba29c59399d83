// Receipts (回款): every payment received, and a new one on a contract (plans: from the contract's page).
import { localDay } from '../core/i18n.js';
import { navigate } from '../core/router.js';
import { RECEIPTS as SPEC } from '../specs/contracts.js';
import { listScreen, formScreen } from '../ui/resource.js';

export function list(ctx) {
  listScreen(ctx, { ...SPEC, createPerm: 'receipt:create', rowHref: null });
}

export function create(ctx) {
  const contractId = Number(ctx.query.get('contractId')) || undefined;
  return formScreen(ctx, {
    ...SPEC,
    fields: SPEC.fields.filter((f) => f.field !== 'planId'),
    initial: { receivedOn: localDay(), contractId },
    afterSave: (receipt) => navigate(receipt?.contractId ? `/app/contracts/${receipt.contractId}?tab=receipts` : SPEC.base, { replace: true }),
  });
}

