// Leads: list (filter, select → transfer, export, import), create/edit with a duplicate warning, and the
// lead's page with follow-ups and the convert dialog.
import { h, debounce, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t, enumLabel } from '../core/i18n.js';
import { can } from '../core/session.js';
import { navigate } from '../core/router.js';
import { LEADS as SPEC } from '../specs/leads.js';
import { stageOptions } from '../specs/opportunities.js';
import { listScreen, formScreen, deleteRecord, bulkTransfer, exportButtons, transferDialog, act } from '../ui/resource.js';
import { pageHeader, fieldList, tabs } from '../ui/detail.js';
import { openDialog, formDialog } from '../ui/dialog.js';
import { buildForm } from '../ui/form.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';
import { followUpPanel } from '../ui/followups.js';
import { operationLog } from '../ui/oplog.js';
import { importDialog } from '../ui/importer.js';

export function list(ctx) {
  let table = null;
  const toolbar = [
    ...exportButtons(SPEC.path, 'lead:export', () => table, 'leads'),
    can('lead:import') ? h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'import' },
      onclick: async () => { if (await importDialog(`${SPEC.path}/import`, 'lead')) table.reload(); } }, t('action.import')) : null,
  ];
  table = listScreen(ctx, {
    ...SPEC,
    createPerm: 'lead:create',
    selectable: true,
    toolbar,
    bulkActions: [bulkTransfer(`${SPEC.path}/transfer`, 'lead:transfer')],
  });
}

export function create(ctx) {
  return formScreen(ctx, {
    ...SPEC,
    extra: duplicateWarning,
    // saved anyway: the answer names the duplicates the rep may see
    afterSave: (lead) => {
      const count = (lead.duplicates?.length || 0) + (lead.hiddenDuplicates || 0);
      if (count) toast(t('lead.savedWithDuplicates', { count }), 'info', 6000);
      navigate(`${SPEC.base}/${lead.id}`, { replace: true });
    },
  });
}

export function edit(ctx) {
  return formScreen(ctx, { ...SPEC, id: ctx.params.id, extra: duplicateWarning });
}

/** Warns, without blocking, when phone, email or company match existing leads or customers. */
function duplicateWarning(form, record) {
  const box = h('div', { class: 'notice notice-warning', role: 'status', hidden: true, dataset: { duplicates: '' } });
  form.el.prepend(box);
  const check = debounce(async () => {
    const { phone, email, company } = form.values();
    if (!phone && !email && !company) { box.hidden = true; return; }
    try {
      const report = await api.get(`${SPEC.path}/duplicates`, { phone, email, company });
      const found = (Array.isArray(report) ? report : report?.duplicates || [])
        .filter((match) => !(record && match.id === record.id && (match.type || 'LEAD') === 'LEAD'));
      const hidden = report?.hiddenDuplicates || 0;
      box.hidden = found.length + hidden === 0;
      mount(box, h('p', {}, t('lead.duplicates', { count: found.length + hidden })),
        h('ul', {}, found.slice(0, 5).map((match) => {
          const type = match.type || 'LEAD';
          const href = type === 'CUSTOMER' ? `/app/customers/${match.id}` : `/app/leads/${match.id}`;
          return h('li', {}, h('a', { href, target: '_blank', rel: 'noopener' }, match.name || `#${match.id}`), ' ',
            h('span', { class: 'muted' }, [enumLabel('SubjectType', type), ...(match.matchedOn || []).map((key) => t(`field.${key}`))].join(' · ')));
        })),
        hidden ? h('p', { class: 'muted' }, t('lead.hiddenDuplicates', { count: hidden })) : null);
    } catch {
      box.hidden = true;
    }
  }, 500);
  for (const field of ['phone', 'email', 'company']) form.control(field)?.input?.addEventListener('input', check);
  if (record) check();
}

export async function detail(ctx) {
  const { id } = ctx.params;
  const lead = await api.get(`${SPEC.path}/${id}`);
  if (!ctx.alive()) return;
  const reload = () => detail({ ...ctx, query: new URLSearchParams(window.location.search) });
  const active = lead.status === 'NEW' || lead.status === 'QUALIFIED';
  mount(ctx.view, 
    pageHeader({
      title: lead.name,
      subtitle: lead.company,
      badges: [h('span', { class: `badge badge-${lead.status.toLowerCase()}` }, enumLabel('LeadStatus', lead.status))],
      back: { href: SPEC.base, label: t('lead.title') },
      actions: [
        { key: 'convert', label: t('lead.convert'), perm: 'lead:edit', kind: 'primary', when: active, run: () => convert(lead) },
        { key: 'qualify', label: t('lead.qualify'), perm: 'lead:edit', when: lead.status === 'NEW',
          run: async () => { if (await act(`${SPEC.path}/${id}/qualify`, { version: lead.version })) reload(); } },
        { key: 'invalidate', label: t('lead.invalidate'), perm: 'lead:edit', when: active, run: async () => {
          const done = await formDialog({
            title: t('lead.invalidate'),
            fields: [{ field: 'reason', type: 'textarea', max: 400, span: 'full', label: 'lead.invalidReason' }],
            submitLabel: t('lead.invalidate'),
            submit: (values) => api.post(`${SPEC.path}/${id}/invalid`, { version: lead.version, ...values }),
          });
          if (done) reload();
        } },
        { key: 'edit', label: t('action.edit'), perm: 'lead:edit', when: lead.status !== 'CONVERTED', href: `${SPEC.base}/${id}/edit` },
        { key: 'transfer', label: t('action.transfer'), perm: 'lead:transfer',
          run: async () => { if (await transferDialog(`${SPEC.path}/transfer`, [lead.id])) reload(); } },
        { key: 'delete', label: t('action.delete'), perm: 'lead:delete', kind: 'danger-outline', run: deleteRecord(`${SPEC.path}/${id}`, SPEC.base, lead.name) },
      ],
    }),
    tabs([
      { key: 'overview', label: t('tab.overview'), render: (panel) => panel.append(fieldList(SPEC.detailFields, lead, SPEC.ns)) },
      { key: 'followUps', label: t('tab.followUps'), perm: 'follow_up:view', render: (panel) => panel.append(followUpPanel({ subjectType: 'LEAD', subjectId: lead.id })) },
      { key: 'log', label: t('tab.log'), render: (panel) => operationLog(panel, `${SPEC.path}/${id}/logs`) },
    ], { query: ctx.query }).el);
}

/** Convert: the customer is made from the lead; a contact and an opportunity may come along. */
function convert(lead) {
  const options = buildForm([
    { field: 'level', type: 'enum', enum: 'CustomerLevel', default: 'NORMAL', label: 'lead.customerLevel' },
    { field: 'withContact', type: 'boolean', label: 'lead.withContact', default: false },
    { field: 'withOpportunity', type: 'boolean', label: 'lead.withOpportunity', default: false },
  ], {}, { actions: false });
  const contact = buildForm(SPEC.contactFields, { name: lead.name, title: lead.title, phone: lead.phone, email: lead.email }, { ns: 'contact', actions: false });
  const opportunity = buildForm(SPEC.opportunityFields.map((f) => (f.field === 'stageId' ? { ...f, options: stageOptions } : f)),
    { name: `${lead.company || lead.name}` }, { ns: 'opportunity', actions: false });
  const contactBox = h('fieldset', { class: 'sub-form', dataset: { part: 'contact' } }, h('legend', {}, t('lead.contactPart')), contact.el);
  const opportunityBox = h('fieldset', { class: 'sub-form', dataset: { part: 'opportunity' } }, h('legend', {}, t('lead.opportunityPart')), opportunity.el);
  const sync = () => {
    const chosen = options.values();
    contactBox.hidden = !chosen.withContact;
    opportunityBox.hidden = !chosen.withOpportunity;
  };
  options.el.addEventListener('change', sync);
  sync();
  const dialog = openDialog({
    title: t('lead.convert'),
    wide: true,
    body: [h('p', {}, t('lead.convertIntro', { name: lead.company || lead.name })), options.el, contactBox, opportunityBox],
    actions: [
      { key: 'cancel', label: t('action.cancel'), onClick: (close) => close() },
      { key: 'submit', label: t('lead.convert'), kind: 'primary', onClick: async (close) => {
        const chosen = options.values();
        const body = { version: lead.version, level: chosen.level || undefined };
        const parts = [[chosen.withContact, contact, 'contact'], [chosen.withOpportunity, opportunity, 'opportunity']];
        for (const [wanted, form, key] of parts) {
          if (!wanted) continue;
          const read = form.read();
          if (!read.ok) return;
          body[key] = read.values;
        }
        try {
          const result = await api.post(`${SPEC.path}/${lead.id}/convert`, body);
          close();
          toast(t('lead.converted'), 'success');
          const customerId = result?.customerId ?? result?.customer?.id;
          navigate(customerId ? `/app/customers/${customerId}` : `${SPEC.base}/${lead.id}`);
        } catch (error) {
          // errors name "contact.phone" or "opportunity.amount": each part shows its own
          const forPart = (prefix) => ({ ...error, problem: {}, fieldErrors: error.fieldErrors.filter((e) => e.field.startsWith(`${prefix}.`)).map((e) => ({ ...e, field: e.field.slice(prefix.length + 1) })) });
          if (error.status === 400 && error.fieldErrors.length) {
            contact.showProblem(forPart('contact'));
            opportunity.showProblem(forPart('opportunity'));
          }
          showError(error);
        }
      } },
    ],
  });
  return dialog;
}
