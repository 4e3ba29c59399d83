// Contracts: list, create from a customer or an opportunity with product lines, submit for approval,
// and the contract's page with lines, payment plans, receipts, follow-ups and log.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, enumLabel, money, localDay, dateTime } from '../core/i18n.js';
import { can } from '../core/session.js';
import { CONTRACTS as SPEC, PLANS, RECEIPTS } from '../specs/contracts.js';
import { listScreen, formScreen, deleteRecord, bulkTransfer, transferDialog, act } from '../ui/resource.js';
import { pageHeader, fieldList, tabs, card } from '../ui/detail.js';
import { formDialog, confirmDialog } from '../ui/dialog.js';
import { miniTable } from '../ui/minitable.js';
import { toast } from '../ui/toast.js';
import { followUpPanel } from '../ui/followups.js';
import { operationLog } from '../ui/oplog.js';

export function list(ctx) {
  listScreen(ctx, {
    ...SPEC,
    createPerm: 'contract:create',
    selectable: true,
    bulkActions: [bulkTransfer(`${SPEC.path}/transfer`, 'contract:transfer')],
  });
}

/** From a customer (?customerId=) or an opportunity (?opportunityId=: its customer, name, products). */
export async function create(ctx) {
  const initial = { signedOn: localDay(), lines: [] };
  const customerId = Number(ctx.query.get('customerId')) || null;
  const opportunityId = Number(ctx.query.get('opportunityId')) || null;
  if (customerId) initial.customerId = customerId;
  if (opportunityId) {
    initial.opportunityId = opportunityId;
    const deal = await api.get(`/api/v1/opportunities/${opportunityId}`).catch(() => null);
    if (deal) {
      initial.name = deal.name;
      initial.customerId = initial.customerId || deal.customerId;
      initial.lines = (deal.products || deal.lines || []).map(({ productId, productName, quantity, unitPrice, discount }) => ({ productId, productName, quantity, unitPrice, discount }));
    }
  }
  return formScreen(ctx, { ...SPEC, initial });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, fields: SPEC.fields.filter((f) => SPEC.editFields.includes(f.field)), id: ctx.params.id });
}

export async function detail(ctx) {
  const { id } = ctx.params;
  const contract = await api.get(`${SPEC.path}/${id}`);
  if (!ctx.alive()) return;
  const reload = () => detail({ ...ctx, query: new URLSearchParams(window.location.search) });
  const path = `${SPEC.path}/${id}`;
  const editable = contract.status === 'DRAFT' || contract.status === 'REJECTED';
  const pending = contract.status === 'PENDING_APPROVAL';
  const approved = contract.status === 'APPROVED';

  mount(ctx.view, 
    pageHeader({
      title: contract.name,
      subtitle: [contract.number, money(contract.totalAmount)].filter(Boolean).join(' · '),
      badges: [h('span', { class: `badge badge-${contract.status.toLowerCase()}`, dataset: { status: contract.status } }, enumLabel('ContractStatus', contract.status))],
      back: { href: SPEC.base, label: t('contract.title') },
      actions: [
        { key: 'submit', label: t('contract.submit'), perm: 'contract:edit', kind: 'primary', when: editable,
          run: async () => { if (await act(`${path}/submit`, { version: contract.version }, 'contract.submitted')) reload(); } },
        { key: 'approve', label: t('contract.approve'), perm: 'contract:approve', kind: 'success', when: pending, run: () => decide(contract, 'approve', reload) },
        { key: 'reject', label: t('contract.reject'), perm: 'contract:approve', kind: 'danger', when: pending, run: () => decide(contract, 'reject', reload) },
        { key: 'edit', label: t('action.edit'), perm: 'contract:edit', when: editable, href: `${SPEC.base}/${id}/edit` },
        { key: 'cancel', label: t('contract.cancel'), perm: 'contract:edit', when: contract.status !== 'CANCELLED', kind: 'danger-outline',
          run: async () => {
            if (!(await confirmDialog(t('contract.cancelText', { name: contract.name }), { danger: true, confirmLabel: t('contract.cancel') }))) return;
            if (await act(`${path}/cancel`, { version: contract.version })) reload();
          } },
        { key: 'transfer', label: t('action.transfer'), perm: 'contract:transfer',
          run: async () => { if (await transferDialog(`${SPEC.path}/transfer`, [contract.id])) reload(); } },
        { key: 'delete', label: t('action.delete'), perm: 'contract:delete', kind: 'danger-outline', when: editable, run: deleteRecord(path, SPEC.base, contract.name) },
      ],
    }),
    tabs([
      { key: 'overview', label: t('tab.overview'), render: (panel) => panel.append(
        fieldList(SPEC.detailFields, contract, SPEC.ns),
        card(t('contract.lines'), miniTable(SPEC.lineColumns, contract.lines || [], { ns: 'lines' }),
          h('p', { class: 'lines-total-row' }, t('contract.total'), ' ', h('strong', { dataset: { total: contract.totalAmount } }, money(contract.totalAmount)))),
        approvals(path)) },
      { key: 'plans', label: t('tab.plans'), perm: 'receipt:view', render: (panel) => plans(panel, contract, approved, reload) },
      { key: 'receipts', label: t('tab.receipts'), perm: 'receipt:view', render: (panel) => receipts(panel, contract, approved, reload) },
      { key: 'followUps', label: t('tab.followUps'), perm: 'follow_up:view', render: (panel) => panel.append(followUpPanel({ subjectType: 'CONTRACT', subjectId: contract.id })) },
      { key: 'log', label: t('tab.log'), render: (panel) => operationLog(panel, `${path}/logs`) },
    ], { query: ctx.query }).el);
}

/** The approval history (GET /{id}/approvals), filled in when it arrives; nothing while there is none. */
function approvals(path) {
  const box = h('div');
  api.get(`${path}/approvals`).then((records) => {
    if (!records?.length) return;
    mount(box, card(t('contract.approvalHistory'), h('ol', { class: 'timeline' }, records.map((record) => h('li', { class: 'timeline-item' },
      h('div', { class: 'timeline-meta' }, h('span', { class: 'badge' }, enumLabel('ApprovalDecision', record.decision)),
        h('span', {}, t('contract.step', { step: record.step })),
        h('time', {}, dateTime(record.decidedAt)), h('span', {}, record.approverName || `#${record.approverId}`)),
      record.comment ? h('p', {}, record.comment) : null)))));
  }).catch(() => {});
  return box;
}

export async function decide(contract, decision, done) {
  const ok = await formDialog({
    title: t(`contract.${decision}`),
    intro: h('p', {}, `${contract.number || ''} ${contract.name} · ${money(contract.totalAmount)}`),
    fields: [{ field: 'comment', type: 'textarea', max: 1000, required: decision === 'reject', span: 'full', label: 'contract.comment' }],
    submitLabel: t(`contract.${decision}`),
    submit: (values) => api.post(`${SPEC.path}/${contract.id}/${decision}`, { comment: values.comment ?? null, version: contract.version }),
  });
  if (ok) {
    toast(t(decision === 'approve' ? 'contract.approved' : 'contract.rejected'), 'success');
    done();
  }
}

async function plans(panel, contract, approved, reload) {
  const path = `${SPEC.path}/${contract.id}/plans`;
  const rows = itemsOf(await api.get(path));
  mount(panel, 
    approved && can('receipt:create') ? h('div', { class: 'panel-actions' }, h('button', {
      type: 'button', class: 'btn btn-small btn-primary', dataset: { action: 'add-plan' },
      onclick: async () => {
        if (await formDialog({ title: t('plan.create'), fields: PLANS.fields, submit: (values) => api.post(path, values) })) reload();
      },
    }, t('plan.create'))) : null,
    approved ? null : h('p', { class: 'muted' }, t('contract.plansAfterApproval')),
    miniTable(PLANS.columns, rows, { ns: PLANS.ns }));
}

async function receipts(panel, contract, approved, reload) {
  const rows = itemsOf(await api.get(RECEIPTS.path, { contractId: contract.id, size: 100 }));
  mount(panel, 
    approved && can('receipt:create') ? h('div', { class: 'panel-actions' }, h('button', {
      type: 'button', class: 'btn btn-small btn-primary', dataset: { action: 'add-receipt' },
      onclick: async () => { if (await receiptDialog(contract)) reload(); },
    }, t('receipt.create'))) : null,
    miniTable(RECEIPTS.columns.filter((c) => c.field !== 'contractId' && c.field !== 'customerId'), rows, { ns: RECEIPTS.ns }));
}

/** A receipt on this contract, optionally against one of its open plans. */
async function receiptDialog(contract) {
  const plansOf = await api.get(`${SPEC.path}/${contract.id}/plans`).then(itemsOf).catch(() => []);
  const fields = RECEIPTS.fields.filter((f) => f.field !== 'contractId').map((f) => (f.field === 'planId'
    ? { ...f, options: plansOf.filter((p) => p.status !== 'PAID').map((p) => ({ value: p.id, label: `#${p.seq} ${money(p.amount)} · ${p.dueDate}` })) }
    : f));
  return formDialog({
    title: t('receipt.create'),
    fields,
    values: { receivedOn: localDay() },
    submit: (values) => api.post(RECEIPTS.path, { contractId: contract.id, ...values }),
  });
}
