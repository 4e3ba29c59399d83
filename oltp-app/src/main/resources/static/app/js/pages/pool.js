// The public pool (公海): customers without an owner. Reps claim them; managers assign them; admins set
// the recycling rules.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { listScreen } from '../ui/resource.js';
import { pageHeader } from '../ui/detail.js';
import { buildForm } from '../ui/form.js';
import { confirmDialog, formDialog } from '../ui/dialog.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';

const COLUMNS = [
  { field: 'name', sortable: true },
  { field: 'level', type: 'enum', enum: 'CustomerLevel' },
  { field: 'industry' },
  { field: 'region' },
  { field: 'dealStatus', type: 'enum', enum: 'DealStatus' },
  { field: 'lastFollowUpAt', type: 'datetime' },
  { field: 'poolEnteredAt', type: 'datetime', sortable: true },
];

const RULE_FIELDS = [
  { field: 'enabled', type: 'boolean' },
  { field: 'daysWithoutFollowUp', type: 'integer', help: 'pool.daysHelp', sendNull: true },
  { field: 'daysWithoutDeal', type: 'integer', help: 'pool.daysHelp', sendNull: true },
  { field: 'warnDaysBefore', type: 'integer', required: true },
  { field: 'claimLimit', type: 'integer', help: 'pool.claimLimitHelp', sendNull: true },
];

export function list(ctx) {
  listScreen(ctx, {
    ns: 'pool',
    path: '/api/v1/pool',
    base: '/app/customers',
    columns: COLUMNS,
    filters: [{ field: 'level', type: 'enum', enum: 'CustomerLevel' }],
    defaultSort: 'poolEnteredAt,desc',
    selectable: true,
    rowHref: null,
    headerActions: [{ key: 'rules', label: t('pool.rules'), perm: 'pool:configure', href: '/app/pool/rules' }],
    bulkActions: [
      { key: 'claim', label: t('pool.claim'), perm: 'pool:claim', kind: 'primary', run: async (rows) => {
        if (!(await confirmDialog(t('pool.claimText', { count: rows.length })))) return false;
        await api.post('/api/v1/pool/claim', { ids: rows.map((row) => row.id) });
        toast(t('pool.claimed', { count: rows.length }), 'success');
        return true;
      } },
      { key: 'assign', label: t('pool.assign'), perm: 'pool:assign', run: (rows) => formDialog({
        title: t('pool.assignTitle', { count: rows.length }),
        fields: [{ field: 'ownerId', type: 'user', required: true, label: 'transfer.newOwner' }],
        submitLabel: t('pool.assign'),
        submit: async (values) => {
          await api.post('/api/v1/pool/assign', { ids: rows.map((row) => row.id), ...values });
          toast(t('pool.assigned', { count: rows.length }), 'success');
          return true;
        },
      }) },
    ],
  });
}

export async function rules(ctx) {
  const current = await api.get('/api/v1/pool/rules');
  if (!ctx.alive()) return;
  const form = buildForm(RULE_FIELDS, current, {
    ns: 'pool',
    actions: can('pool:configure'),
    onSubmit: async (values, formApi) => {
      try {
        const saved = await api.put('/api/v1/pool/rules', { ...values, version: current.version });
        Object.assign(current, saved);
        toast(t('toast.saved'), 'success');
      } catch (error) { showError(error, { form: formApi }); }
    },
  });
  mount(ctx.view, pageHeader({ title: t('pool.rules'), back: { href: '/app/pool', label: t('pool.title') } }),
    h('section', { class: 'card' }, h('p', { class: 'muted' }, t('pool.rulesIntro')), form.el));
}
