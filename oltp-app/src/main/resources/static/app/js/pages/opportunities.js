// Opportunities: list or board by stage, create/edit, and the deal's page with its stage bar.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, money, date, enumLabel, dateTime } from '../core/i18n.js';
import { can } from '../core/session.js';
import { navigate } from '../core/router.js';
import { loadStages } from '../core/refs.js';
import { OPPORTUNITIES as SPEC } from '../specs/opportunities.js';
import { listScreen, formScreen, deleteRecord, bulkTransfer, transferDialog } from '../ui/resource.js';
import { pageHeader, fieldList, tabs } from '../ui/detail.js';
import { formDialog } from '../ui/dialog.js';
import { refNode } from '../ui/format.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';
import { followUpPanel } from '../ui/followups.js';
import { operationLog } from '../ui/oplog.js';
import { linesControl } from '../ui/lines.js';
import { buildForm } from '../ui/form.js';
import { board } from './opportunity-board.js';

export function list(ctx) {
  const boardView = ctx.query.get('view') === 'board';
  const switcher = h('div', { class: 'segmented', role: 'group', 'aria-label': t('opportunity.view') },
    ['list', 'board'].map((view) => h('button', {
      type: 'button', class: ['btn', 'btn-small', (view === 'board') === boardView && 'active'], dataset: { view },
      'aria-pressed': String((view === 'board') === boardView),
      onclick: () => navigate(`${SPEC.base}${view === 'board' ? '?view=board' : ''}`),
    }, t(`opportunity.${view}View`))));
  if (boardView) {
    mount(ctx.view, pageHeader({
      title: t('opportunity.title'),
      actions: [{ key: 'create', label: t('opportunity.create'), perm: 'opportunity:create', kind: 'primary', href: `${SPEC.base}/new` }],
    }), switcher, board(ctx));
    return;
  }
  listScreen(ctx, {
    ...SPEC,
    createPerm: 'opportunity:create',
    selectable: can('opportunity:transfer'),
    bulkActions: [bulkTransfer(`${SPEC.path}/transfer`, 'opportunity:transfer')],
    above: switcher,
  });
}

export function create(ctx) {
  const initial = {};
  for (const key of ['customerId', 'campaignId']) if (ctx.query.get(key)) initial[key] = Number(ctx.query.get(key));
  return formScreen(ctx, { ...SPEC, fields: SPEC.createFields, initial });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, fields: SPEC.editFields, id: ctx.params.id });
}

export async function detail(ctx) {
  const { id } = ctx.params;
  const [deal, stages] = await Promise.all([api.get(`${SPEC.path}/${id}`), loadStages().catch(() => [])]);
  if (!ctx.alive()) return;
  const open = deal.status === 'OPEN';
  const reload = () => detail({ ...ctx, query: new URLSearchParams(window.location.search) });

  const header = pageHeader({
    title: deal.name,
    badges: [h('span', { class: `badge badge-${deal.status.toLowerCase()}`, dataset: { status: deal.status } }, enumLabel('OpportunityStatus', deal.status))],
    subtitle: money(deal.amount),
    back: { href: SPEC.base, label: t('opportunity.title') },
    actions: [
      { key: 'won', label: t('opportunity.markWon'), perm: 'opportunity:edit', kind: 'success', when: open, run: () => markWon(deal, reload) },
      { key: 'lost', label: t('opportunity.markLost'), perm: 'opportunity:edit', kind: 'danger', when: open, run: () => markLost(deal, reload) },
      { key: 'reopen', label: t('opportunity.reopen'), perm: 'opportunity:edit', when: !open,
        run: async () => { await api.post(`${SPEC.path}/${id}/reopen`, { version: deal.version }); toast(t('toast.done'), 'success'); reload(); } },
      { key: 'edit', label: t('action.edit'), perm: 'opportunity:edit', when: open, href: `${SPEC.base}/${id}/edit` },
      { key: 'contract', label: t('opportunity.newContract'), perm: 'contract:create',
        href: `/app/contracts/new?opportunityId=${id}${deal.customerId ? `&customerId=${deal.customerId}` : ''}` },
      { key: 'transfer', label: t('action.transfer'), perm: 'opportunity:transfer',
        run: async () => { if (await transferDialog(`${SPEC.path}/transfer`, [deal.id])) reload(); } },
      { key: 'delete', label: t('action.delete'), perm: 'opportunity:delete', kind: 'danger-outline', run: deleteRecord(`${SPEC.path}/${id}`, SPEC.base, deal.name) },
    ],
  });

  const detailTabs = tabs([
    { key: 'overview', label: t('tab.overview'), render: (panel) => panel.append(fieldList(SPEC.detailFields, deal, SPEC.ns)) },
    { key: 'products', label: t('tab.products'), render: (panel) => productsEditor(panel, deal, reload) },
    { key: 'followUps', label: t('tab.followUps'), perm: 'follow_up:view', render: (panel) => panel.append(followUpPanel({ subjectType: 'OPPORTUNITY', subjectId: deal.id })) },
    { key: 'stageMoves', label: t('tab.stageMoves'), render: (panel) => stageMoves(panel, deal) },
    { key: 'contracts', label: t('tab.contracts'), perm: 'contract:view', render: (panel) => relatedContracts(panel, deal) },
    { key: 'log', label: t('tab.log'), render: (panel) => operationLog(panel, `${SPEC.path}/${id}/logs`) },
  ], { query: ctx.query });

  const bar = stageBar(deal, stages, reload);
  mount(ctx.view, header, bar, detailTabs.el);
  // a long pipeline scrolls: keep the deal's stage in sight
  bar.querySelector('.stage-current')?.scrollIntoView({ block: 'nearest', inline: 'center' });
}

/** The pipeline as steps; a click on another step moves the open deal there. */
function stageBar(deal, stages, reload) {
  const currentIndex = stages.findIndex((stage) => stage.id === deal.stageId);
  const movable = deal.status === 'OPEN' && can('opportunity:edit');
  return h('ol', { class: ['stage-bar', `stage-bar-${deal.status.toLowerCase()}`], 'aria-label': t('opportunity.stageBar') },
    stages.map((stage, index) => {
      const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
      const label = [h('span', { class: 'stage-name' }, stage.name), h('span', { class: 'stage-rate' }, `${Number(stage.winRate)}%`)];
      return h('li', { class: `stage stage-${state}`, dataset: { stageId: stage.id } },
        movable && state !== 'current'
          ? h('button', {
            type: 'button', dataset: { stageId: stage.id }, title: t('opportunity.moveTo', { stage: stage.name }),
            onclick: async (event) => {
              event.currentTarget.disabled = true;
              try {
                await api.post(`${SPEC.path}/${deal.id}/stage`, SPEC.stageBody(stage.id, deal.version));
                toast(t('opportunity.moved', { stage: stage.name }), 'success');
                reload();
              } catch (error) { showError(error); event.target.disabled = false; }
            },
          }, label)
          : h('span', { 'aria-current': state === 'current' ? 'step' : null }, label));
    }));
}

async function markWon(deal, reload) {
  const done = await formDialog({
    title: t('opportunity.markWon'),
    intro: h('p', {}, t('opportunity.wonIntro', { name: deal.name })),
    fields: [{ field: 'reason', type: 'textarea', max: 500, label: 'opportunity.wonReason', span: 'full' }],
    submitLabel: t('opportunity.markWon'),
    submit: (values) => api.post(`${SPEC.path}/${deal.id}/won`, SPEC.wonBody(values.reason, deal.version)),
  });
  if (done) { toast(t('opportunity.wonDone'), 'success'); reload(); }
}

async function markLost(deal, reload) {
  const done = await formDialog({
    title: t('opportunity.markLost'),
    intro: h('p', {}, t('opportunity.lostIntro', { name: deal.name })),
    fields: [{ field: 'reason', type: 'textarea', max: 500, required: true, label: 'opportunity.lostReason', span: 'full' }],
    submitLabel: t('opportunity.markLost'),
    submit: (values) => api.post(`${SPEC.path}/${deal.id}/lost`, SPEC.lostBody(values.reason, deal.version)),
  });
  if (done) { toast(t('opportunity.lostDone'), 'success'); reload(); }
}

/** GET/PUT /{id}/products: {lines, version}; the deal's amount becomes the lines' total. */
async function productsEditor(panel, deal, reload) {
  const current = await api.get(`${SPEC.path}/${deal.id}/products`);
  const lines = (Array.isArray(current) ? current : current?.lines || []).map((line) => ({ ...line }));
  const editable = deal.status === 'OPEN' && can('opportunity:edit');
  const form = buildForm([{ field: 'products', label: 'tab.products', control: (spec) => linesControl({ ...spec, startWithOne: false }), span: 'full' }],
    { products: lines }, {
      ns: 'opportunity',
      actions: editable,
      onSubmit: async (values, formApi) => {
        try {
          await api.put(`${SPEC.path}/${deal.id}/products`, { lines: values.products || [], version: current?.version ?? deal.version });
          toast(t('toast.saved'), 'success');
          reload();
        } catch (error) { showError(error, { form: formApi }); }
      },
    });
  panel.append(h('p', { class: 'muted' }, t('lines.serverDecides')), form.el);
  if (!editable) for (const input of form.el.querySelectorAll('input, select, button')) input.disabled = true;
}

async function stageMoves(panel, deal) {
  const moves = await api.get(`${SPEC.path}/${deal.id}/stage-moves`);
  panel.append(h('ol', { class: 'timeline' }, moves.length ? moves.map((move) => h('li', { class: 'timeline-item' },
    h('div', { class: 'timeline-meta' }, h('time', {}, dateTime(move.movedAt))),
    h('p', {}, refNode('stage', move.fromStageId), ' → ', refNode('stage', move.toStageId))))
    : h('li', { class: 'empty' }, t('opportunity.noMoves'))));
}

async function relatedContracts(panel, deal) {
  const contracts = itemsOf(await api.get('/api/v1/contracts', { opportunityId: deal.id, size: 50 }));
  panel.append(contracts.length ? h('ul', { class: 'plain-list' }, contracts.map((contract) => h('li', {},
    h('a', { href: `/app/contracts/${contract.id}` }, contract.number ? `${contract.number} ${contract.name}` : contract.name), ' ',
    h('span', { class: 'badge' }, enumLabel('ContractStatus', contract.status)), ' ', money(contract.totalAmount), ' ', date(contract.signedOn))))
    : h('p', { class: 'empty' }, t('table.empty')));
}
