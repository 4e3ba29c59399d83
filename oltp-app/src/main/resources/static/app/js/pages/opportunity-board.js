// The open deals as columns by stage (看板). Drag a card to another column, or use its "next stage"
// button (phones have no drag and drop), to move the deal.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, money, date } from '../core/i18n.js';
import { can } from '../core/session.js';
import { loadStages } from '../core/refs.js';
import { OPPORTUNITIES } from '../specs/opportunities.js';
import { refNode } from '../ui/format.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';

const PATH = '/api/v1/opportunities';
const PER_COLUMN = 50;

export function board() {
  const el = h('div', { class: 'board', dataset: { board: 'opportunities' } }, h('p', { class: 'muted' }, t('table.loading')));
  render(el).catch((error) => {
    mount(el, h('p', { class: 'empty' }, t('table.failed')));
    showError(error);
  });
  return el;
}

async function render(el) {
  const stages = await loadStages();
  const movable = can('opportunity:edit');
  const columns = stages.map((stage, index) => {
    const cards = h('div', { class: 'board-cards' });
    const summary = h('p', { class: 'board-summary' });
    const column = h('section', { class: 'board-column', dataset: { stageId: stage.id } },
      h('header', {}, h('h2', {}, stage.name), h('span', { class: 'muted' }, `${Number(stage.winRate)}%`)), summary, cards);
    const next = stages[index + 1];
    column.load = async () => {
      const page = await api.get(PATH, { stageId: stage.id, status: 'OPEN', size: PER_COLUMN, sort: 'updatedAt,desc' });
      const deals = itemsOf(page);
      mount(cards, ...deals.map((deal) => card(deal, next, movable, () => { column.load(); findColumn(el, next?.id)?.load(); })));
      const total = deals.reduce((sum, deal) => sum + Math.round(Number(deal.amount) * 100), 0) / 100;
      summary.textContent = t('board.summary', { count: page.totalItems ?? deals.length, amount: money(total) });
    };
    if (movable) {
      column.addEventListener('dragover', (event) => { event.preventDefault(); column.classList.add('drop-target'); });
      column.addEventListener('dragleave', () => column.classList.remove('drop-target'));
      column.addEventListener('drop', async (event) => {
        event.preventDefault();
        column.classList.remove('drop-target');
        const [dealId, fromStage] = (event.dataTransfer.getData('text/plain') || '').split(':').map(Number);
        if (!dealId || fromStage === stage.id) return;
        await move(dealId, stage);
        column.load();
        findColumn(el, fromStage)?.load();
      });
    }
    return column;
  });
  mount(el, ...columns);
  await Promise.all(columns.map((column) => column.load().catch(showError)));
}

function findColumn(el, stageId) {
  return stageId ? el.querySelector(`.board-column[data-stage-id="${stageId}"]`) : null;
}

async function move(dealId, stage) {
  try {
    await api.post(`${PATH}/${dealId}/stage`, OPPORTUNITIES.stageBody(stage.id));
    toast(t('opportunity.moved', { stage: stage.name }), 'success');
    return true;
  } catch (error) {
    showError(error);
    return false;
  }
}

function card(deal, next, movable, moved) {
  return h('article', {
    class: 'board-card', draggable: movable ? 'true' : null, dataset: { id: deal.id },
    ondragstart: (event) => event.dataTransfer.setData('text/plain', `${deal.id}:${deal.stageId}`),
  },
  h('a', { href: `/app/opportunities/${deal.id}`, class: 'board-card-title' }, deal.name),
  h('p', { class: 'board-card-amount' }, money(deal.amount)),
  deal.customerId ? h('p', { class: 'muted' }, refNode('customer', deal.customerId, deal.customerName, false)) : null,
  deal.expectedCloseDate ? h('p', { class: 'muted' }, t('board.closes', { date: date(deal.expectedCloseDate) })) : null,
  movable && next ? h('button', {
    type: 'button', class: 'btn btn-small btn-link', dataset: { action: 'next-stage' },
    onclick: async () => { if (await move(deal.id, next)) moved(); },
  }, t('board.next', { stage: next.name })) : null);
}
