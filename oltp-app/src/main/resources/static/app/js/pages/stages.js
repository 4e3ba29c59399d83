// Opportunity stages (商机阶段), configured by an admin: name, order, win rate and forecast category.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t } from '../core/i18n.js';
import { forgetStages } from '../core/refs.js';
import { pageHeader } from '../ui/detail.js';
import { formDialog, confirmDialog } from '../ui/dialog.js';
import { miniTable } from '../ui/minitable.js';
import { toast } from '../ui/toast.js';

const PATH = '/api/v1/stages';
const FIELDS = [
  { field: 'name', required: true, max: 64 },
  { field: 'position', type: 'integer' },
  { field: 'winRate', type: 'percent', required: true },
  // left empty on a new stage, the server takes the category from the win rate
  { field: 'forecastCategory', type: 'enum', enum: 'ForecastCategory' },
];
const COLUMNS = [{ field: 'position', type: 'integer' }, { field: 'name' }, { field: 'winRate', type: 'percent' },
  { field: 'forecastCategory', type: 'enum', enum: 'ForecastCategory' }];

export function list(ctx) {
  const body = h('div', { class: 'card' });
  async function load() {
    const stages = itemsOf(await api.get(PATH)).sort((a, b) => a.position - b.position);
    mount(body, miniTable(COLUMNS, stages, {
      ns: 'stage',
      actions: [
        { key: 'edit', label: t('action.edit'), perm: 'stage:configure', run: (row) => edit(row) },
        { key: 'delete', label: t('action.delete'), perm: 'stage:configure', kind: 'danger-outline', run: async (row) => {
          if (!(await confirmDialog(t('dialog.deleteText', { name: row.name }), { danger: true }))) return;
          await api.delete(`${PATH}/${row.id}`);
          changed();
        } },
      ],
    }));
  }
  function changed() {
    forgetStages();
    toast(t('toast.saved'), 'success');
    load();
  }
  async function edit(stage) {
    const saved = await formDialog({
      title: stage ? t('stage.edit') : t('stage.create'),
      fields: FIELDS,
      values: stage ? { ...stage, winRate: Number(stage.winRate) } : {},
      submit: (values) => (stage ? api.put(`${PATH}/${stage.id}`, { ...values, version: stage.version }) : api.post(PATH, values)),
    });
    if (saved) changed();
  }
  mount(ctx.view, pageHeader({
    title: t('stage.title'),
    subtitle: t('stage.intro'),
    actions: [{ key: 'create', label: t('stage.create'), perm: 'stage:configure', kind: 'primary', run: () => edit(null) }],
  }), body);
  return load();
}
