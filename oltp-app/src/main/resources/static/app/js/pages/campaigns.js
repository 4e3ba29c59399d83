// Campaigns: list, create/edit, and the campaign's page with its costs and the leads it brought.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, enumLabel, money } from '../core/i18n.js';
import { can } from '../core/session.js';
import { CAMPAIGNS as SPEC } from '../specs/catalog.js';
import { LEADS } from '../specs/leads.js';
import { listScreen, formScreen, deleteRecord, act } from '../ui/resource.js';
import { pageHeader, fieldList, tabs } from '../ui/detail.js';
import { formDialog } from '../ui/dialog.js';
import { miniTable } from '../ui/minitable.js';
import { operationLog } from '../ui/oplog.js';

export function list(ctx) {
  listScreen(ctx, { ...SPEC, createPerm: 'campaign:create' });
}

export function create(ctx) {
  return formScreen(ctx, { ...SPEC });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, id: ctx.params.id });
}

export async function detail(ctx) {
  const { id } = ctx.params;
  const campaign = await api.get(`${SPEC.path}/${id}`);
  if (!ctx.alive()) return;
  const path = `${SPEC.path}/${id}`;
  mount(ctx.view, 
    pageHeader({
      title: campaign.name,
      subtitle: t('campaign.budgetOf', { amount: money(campaign.budget) }),
      badges: [h('span', { class: `badge badge-${campaign.status.toLowerCase()}` }, enumLabel('CampaignStatus', campaign.status))],
      back: { href: SPEC.base, label: t('campaign.title') },
      actions: [
        ...(SPEC.transitions[campaign.status] || []).map((status) => ({
          key: `status-${status}`, label: t(`campaign.to.${status}`), perm: 'campaign:edit', kind: status === 'CANCELLED' ? 'danger-outline' : null,
          run: async () => {
            if (await act(`${path}/status`, { status, version: campaign.version })) detail({ ...ctx, query: new URLSearchParams(window.location.search) });
          },
        })),
        { key: 'edit', label: t('action.edit'), perm: 'campaign:edit', when: ['PLANNED', 'ACTIVE'].includes(campaign.status), href: `${SPEC.base}/${id}/edit` },
        { key: 'delete', label: t('action.delete'), perm: 'campaign:delete', kind: 'danger-outline', run: deleteRecord(path, SPEC.base, campaign.name) },
      ],
    }),
    tabs([
      { key: 'overview', label: t('tab.overview'), render: (panel) => panel.append(fieldList(SPEC.detailFields, campaign, SPEC.ns)) },
      { key: 'costs', label: t('tab.costs'), render: (panel) => costs(panel, campaign) },
      { key: 'leads', label: t('tab.leads'), perm: 'lead:view', render: async (panel) => {
        const rows = itemsOf(await api.get(LEADS.path, { campaignId: id, size: 50 }));
        panel.append(miniTable(LEADS.columns.slice(0, 6), rows, { ns: LEADS.ns, rowHref: (row) => `${LEADS.base}/${row.id}` }));
      } },
      { key: 'log', label: t('tab.log'), render: (panel) => operationLog(panel, `${path}/logs`) },
    ], { query: ctx.query }).el);
}

async function costs(panel, campaign) {
  const path = `${SPEC.path}/${campaign.id}/costs`;
  const rows = itemsOf(await api.get(path));
  const spent = rows.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0) / 100;
  mount(panel, 
    h('p', {}, t('campaign.spent', { spent: money(spent), budget: money(campaign.budget) })),
    can('campaign:edit') ? h('div', { class: 'panel-actions' }, h('button', {
      type: 'button', class: 'btn btn-small btn-primary', dataset: { action: 'add-cost' },
      onclick: async () => {
        if (await formDialog({ title: t('campaign.addCost'), fields: SPEC.costFields, submit: (values) => api.post(path, values) })) costs(panel, campaign);
      },
    }, t('campaign.addCost'))) : null,
    miniTable(SPEC.costColumns, rows, { ns: SPEC.ns }));
}
