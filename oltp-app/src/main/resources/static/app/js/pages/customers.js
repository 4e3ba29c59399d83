// Customers: list (filter, select → transfer, export), create/edit, and the customer's page with tabs
// for everything under it: contacts, follow-ups, opportunities, contracts, receivables, team, log.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, enumLabel } from '../core/i18n.js';
import { can } from '../core/session.js';
import { navigate } from '../core/router.js';
import { CUSTOMERS as SPEC, CONTACTS } from '../specs/customers.js';
import { OPPORTUNITIES } from '../specs/opportunities.js';
import { CONTRACTS, RECEIPTS } from '../specs/contracts.js';
import { listScreen, formScreen, deleteRecord, bulkTransfer, transferDialog, act } from '../ui/resource.js';
import { pageHeader, fieldList, tabs, card } from '../ui/detail.js';
import { confirmDialog, formDialog } from '../ui/dialog.js';
import { miniTable } from '../ui/minitable.js';
import { toast } from '../ui/toast.js';
import { followUpPanel } from '../ui/followups.js';
import { operationLog } from '../ui/oplog.js';

export function list(ctx) {
  listScreen(ctx, {
    ...SPEC,
    createPerm: 'customer:create',
    selectable: true,
    bulkActions: [bulkTransfer(`${SPEC.path}/transfer`, 'customer:transfer', SPEC.transferOptions)],
  });
}

export function create(ctx) {
  return formScreen(ctx, { ...SPEC });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, id: ctx.params.id });
}

export async function detail(ctx) {
  const { id } = ctx.params;
  // {customer, primaryContact, team, counts}; a bare customer is read the same way
  const answer = await api.get(`${SPEC.path}/${id}`);
  if (!ctx.alive()) return;
  const customer = answer.customer || answer;
  const counts = answer.counts || {};
  const counted = (key, count) => (count == null ? t(`tab.${key}`) : `${t(`tab.${key}`)} (${count})`);
  const reload = () => detail({ ...ctx, query: new URLSearchParams(window.location.search) });
  const path = `${SPEC.path}/${id}`;
  const badges = [h('span', { class: `badge badge-${customer.level?.toLowerCase()}` }, enumLabel('CustomerLevel', customer.level))];
  if (customer.locked) badges.push(h('span', { class: 'badge badge-locked', dataset: { locked: '' } }, t('customer.locked')));
  if (customer.dealStatus === 'DEAL') badges.push(h('span', { class: 'badge badge-deal' }, enumLabel('DealStatus', 'DEAL')));

  mount(ctx.view, 
    pageHeader({
      title: customer.name,
      badges,
      back: { href: SPEC.base, label: t('customer.title') },
      actions: [
        { key: 'newOpportunity', label: t('customer.newOpportunity'), perm: 'opportunity:create', href: `/app/opportunities/new?customerId=${id}` },
        { key: 'newContract', label: t('customer.newContract'), perm: 'contract:create', href: `/app/contracts/new?customerId=${id}` },
        { key: 'edit', label: t('action.edit'), perm: 'customer:edit', href: `${SPEC.base}/${id}/edit` },
        { key: 'lock', label: t('customer.lock'), perm: 'customer:lock', when: !customer.locked,
          run: async () => { if (await act(`${path}/lock`, { version: customer.version })) reload(); } },
        { key: 'unlock', label: t('customer.unlock'), perm: 'customer:lock', when: !!customer.locked,
          run: async () => { if (await act(`${path}/unlock`, { version: customer.version })) reload(); } },
        { key: 'transfer', label: t('action.transfer'), perm: 'customer:transfer',
          run: async () => { if (await transferDialog(`${SPEC.path}/transfer`, [customer.id], SPEC.transferOptions)) reload(); } },
        { key: 'release', label: t('customer.release'), perm: 'customer:edit', when: !customer.locked, run: () => release(customer) },
        { key: 'delete', label: t('action.delete'), perm: 'customer:delete', kind: 'danger-outline', run: deleteRecord(path, SPEC.base, customer.name) },
      ],
    }),
    tabs([
      { key: 'overview', label: t('tab.overview'), render: (panel) => panel.append(fieldList(SPEC.detailFields, customer, SPEC.ns),
        answer.primaryContact ? card(t('customer.primaryContact'), fieldList(CONTACTS.columns.filter((c) => c.field !== 'primary'), answer.primaryContact, CONTACTS.ns)) : null) },
      { key: 'contacts', label: counted('contacts', counts.contacts), perm: 'contact:view', render: (panel) => contacts(panel, customer) },
      { key: 'followUps', label: counted('followUps', counts.followUps), perm: 'follow_up:view',
        render: (panel) => panel.append(followUpPanel({ subjectType: 'CUSTOMER', subjectId: customer.id, listPath: `${path}/follow-ups` })) },
      { key: 'opportunities', label: counted('opportunities', counts.opportunities), perm: 'opportunity:view', render: (panel) => related(panel, OPPORTUNITIES.path, OPPORTUNITIES.columns.filter((c) => c.field !== 'customerId'), { customerId: id }, OPPORTUNITIES.base, OPPORTUNITIES.ns) },
      { key: 'contracts', label: counted('contracts', counts.contracts), perm: 'contract:view', render: (panel) => related(panel, CONTRACTS.path, CONTRACTS.columns.filter((c) => c.field !== 'customerId'), { customerId: id }, CONTRACTS.base, CONTRACTS.ns) },
      { key: 'receivables', label: t('tab.receivables'), perm: 'receipt:view', render: (panel) => receivables(panel, id) },
      { key: 'team', label: t('tab.team'), render: (panel) => team(panel, customer) },
      { key: 'log', label: t('tab.log'), render: (panel) => operationLog(panel, `${path}/logs`) },
    ], { query: ctx.query }).el);
}

async function release(customer) {
  const released = await formDialog({
    title: t('customer.release'),
    intro: h('p', {}, t('customer.releaseText', { name: customer.name })),
    fields: [{ field: 'reason', type: 'textarea', max: 500, span: 'full', label: 'customer.releaseReason' }],
    submitLabel: t('customer.release'),
    submit: (values) => api.post(`${SPEC.path}/${customer.id}/release`, { version: customer.version, ...values }),
  });
  if (released) {
    toast(t('customer.released'), 'success');
    navigate(SPEC.base);
  }
}

async function related(panel, path, columns, query, base, ns) {
  const rows = itemsOf(await api.get(path, { ...query, size: 50 }));
  mount(panel, miniTable(columns, rows, { ns, rowHref: (row) => `${base}/${row.id}` }));
}

async function contacts(panel, customer) {
  const path = `${SPEC.path}/${customer.id}/contacts`;
  const render = async () => {
    const rows = itemsOf(await api.get(path));
    mount(panel, 
      can('contact:create') ? h('div', { class: 'panel-actions' }, h('button', {
        type: 'button', class: 'btn btn-small btn-primary', dataset: { action: 'add-contact' },
        onclick: async () => { if (await contactDialog(path, null)) render(); },
      }, t('contact.create'))) : null,
      miniTable(CONTACTS.columns, rows, {
        ns: CONTACTS.ns,
        actions: [
          { key: 'edit', label: t('action.edit'), perm: 'contact:edit', run: async (row) => { if (await contactDialog(`/api/v1/contacts/${row.id}`, row)) render(); } },
          { key: 'delete', label: t('action.delete'), perm: 'contact:delete', run: async (row) => {
            if (!(await confirmDialog(t('dialog.deleteText', { name: row.name }), { danger: true }))) return;
            await api.delete(`/api/v1/contacts/${row.id}`);
            toast(t('toast.deleted'), 'success');
            render();
          } },
        ],
      }));
  };
  await render();
}

function contactDialog(path, contact) {
  return formDialog({
    title: contact ? t('contact.edit') : t('contact.create'),
    fields: CONTACTS.fields,
    values: contact || {},
    submit: (values) => (contact ? api.put(path, { ...values, version: contact.version }) : api.post(path, values)),
  });
}

/** What the customer owes: each contract's total against what was received, then the receipts. */
async function receivables(panel, customerId) {
  const [contracts, receipts] = await Promise.all([
    api.get(CONTRACTS.path, { customerId, size: 50 }).then(itemsOf).catch(() => []),
    api.get(RECEIPTS.path, { customerId, size: 50 }).then(itemsOf),
  ]);
  const outstanding = { field: 'outstanding', type: 'money', value: (row) => Number(row.totalAmount || 0) - Number(row.receivedAmount || 0) };
  mount(panel, 
    h('h3', {}, t('contract.title')),
    miniTable([CONTRACTS.columns[0], { field: 'totalAmount', type: 'money' }, { field: 'receivedAmount', type: 'money' }, outstanding],
      contracts.filter((row) => row.status === 'APPROVED'), { ns: CONTRACTS.ns, rowHref: (row) => `${CONTRACTS.base}/${row.id}` }),
    h('h3', {}, t('receipt.title')),
    miniTable(RECEIPTS.columns, receipts, { ns: RECEIPTS.ns }));
}

async function team(panel, customer) {
  const path = `${SPEC.path}/${customer.id}/team`;
  const render = async () => {
    const members = itemsOf(await api.get(path));
    mount(panel, 
      can('customer:edit') ? h('div', { class: 'panel-actions' }, h('button', {
        type: 'button', class: 'btn btn-small btn-primary', dataset: { action: 'add-member' },
        onclick: async () => {
          const added = await formDialog({
            title: t('team.add'),
            fields: [{ field: 'userId', type: 'user', required: true, label: 'team.member' },
              { field: 'access', type: 'enum', enum: 'TeamAccess', required: true, default: 'READ', label: 'team.access' }],
            submit: (values) => api.post(path, values),
          });
          if (added) render();
        },
      }, t('team.add'))) : null,
      miniTable([{ field: 'userId', type: 'user', label: 'team.member', nameField: 'displayName' }, { field: 'access', type: 'enum', enum: 'TeamAccess', label: 'team.access' },
        { field: 'addedAt', type: 'datetime' }], members, {
        actions: [{ key: 'remove', label: t('team.remove'), perm: 'customer:edit', run: async (row) => {
          if (!(await confirmDialog(t('team.removeText'), { danger: true }))) return;
          await api.delete(`${path}/${row.userId}`);
          render();
        } }],
      }));
  };
  await render();
}
