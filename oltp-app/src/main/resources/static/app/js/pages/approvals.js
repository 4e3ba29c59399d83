// The approver's inbox: contracts waiting for my decision, approved or rejected with a comment.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t } from '../core/i18n.js';
import { CONTRACTS } from '../specs/contracts.js';
import { dataTable } from '../ui/table.js';
import { pageHeader } from '../ui/detail.js';
import { decide } from './contracts.js';

export function list(ctx) {
  let table = null;
  const columns = [...CONTRACTS.columns.filter((c) => c.field !== 'receivedAmount'), { field: 'submittedAt', type: 'datetime' },
    { field: 'decision', label: 'approval.decide', render: (row) => h('span', { class: 'row-actions' },
      h('button', { type: 'button', class: 'btn btn-small btn-success', dataset: { action: 'approve' }, onclick: () => decide(row, 'approve', () => table.reload()) }, t('contract.approve')),
      h('button', { type: 'button', class: 'btn btn-small btn-danger', dataset: { action: 'reject' }, onclick: () => decide(row, 'reject', () => table.reload()) }, t('contract.reject'))) }];
  table = dataTable({
    ns: CONTRACTS.ns,
    columns: columns.map((c) => ({ ...c, sortable: false })),
    query: ctx.query,
    search: false,
    rowHref: (row) => `${CONTRACTS.base}/${row.id}`,
    emptyText: t('approval.none'),
    load: (params) => api.get(`${CONTRACTS.path}/approvals/pending`, { page: params.page, size: params.size }),
  });
  mount(ctx.view, pageHeader({ title: t('approval.title') }), table.el);
}
