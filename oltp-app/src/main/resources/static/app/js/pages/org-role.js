// One role: its data scope (and the departments of a custom scope) and the permission matrix
// (modules × actions). The built-in super admin holds everything and cannot be edited.
import { h, mount } from '../core/dom.js';
import { api } from '../core/api.js';
import { t, enumLabel, language } from '../core/i18n.js';
import { can } from '../core/session.js';
import { ENUMS } from '../specs/enums.js';
import { ROLES } from '../specs/org.js';
import { pageHeader, card } from '../ui/detail.js';
import { buildForm } from '../ui/form.js';
import { showError } from '../ui/errors.js';
import { toast } from '../ui/toast.js';
import { deleteRecord } from '../ui/resource.js';
import { departmentTree } from './org-tree.js';

/**
 * The permissions that exist: the API's catalogue {modules, actions, permissions} when it answers
 * (with its own labels), else the modules × actions the schema grants ADMIN.
 */
async function catalogue() {
  try {
    const answer = await api.get('/api/v1/permissions');
    const list = Array.isArray(answer) ? answer : answer?.permissions;
    if (list?.length) {
      const labels = {};
      for (const part of [...(answer.modules || []), ...(answer.actions || [])]) labels[part.code] = part.labels?.[language];
      return { permissions: list, labels };
    }
  } catch { /* not there yet */ }
  return { permissions: ENUMS.PermissionModule.flatMap((module) => ENUMS.PermissionAction.map((action) => `${module}:${action}`)), labels: {} };
}

export async function rolePage(ctx) {
  const path = `${ROLES.path}/${ctx.params.id}`;
  const [role, { permissions, labels }, tree] = await Promise.all([api.get(path), catalogue(), departmentTree().catch(() => ({ flat: [] }))]);
  if (!ctx.alive()) return;
  const editable = can('org:configure') && role.code !== 'SUPER_ADMIN' && role.editable !== false;
  const moduleLabel = (code) => labels[code] || enumLabel('PermissionModule', code);
  const actionLabel = (code) => labels[code] || enumLabel('PermissionAction', code);
  const granted = new Set(role.permissions || []);
  const modules = [...new Set(permissions.map((p) => p.split(':')[0]))];
  const actions = [...new Set(permissions.map((p) => p.split(':')[1]))];
  const exists = new Set(permissions);

  const matrix = h('table', { class: 'data-table permission-matrix' },
    h('thead', {}, h('tr', {}, h('th', {}, t('role.module')), actions.map((action) => h('th', { scope: 'col' }, actionLabel(action))))),
    h('tbody', {}, modules.map((module) => h('tr', {}, h('th', { scope: 'row' }, moduleLabel(module)),
      actions.map((action) => {
        const permission = `${module}:${action}`;
        return h('td', { class: 'check-cell' }, exists.has(permission) ? h('input', {
          type: 'checkbox', value: permission, checked: role.code === 'SUPER_ADMIN' || granted.has(permission), disabled: !editable,
          'aria-label': `${moduleLabel(module)} ${actionLabel(action)}`,
        }) : null);
      })))));

  const scopeDepartments = new Set(role.departmentIds || []);
  const departmentBoxes = h('div', { class: 'check-list', dataset: { part: 'custom-scope' } }, tree.flat.map((dept) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', value: dept.id, checked: scopeDepartments.has(dept.id), disabled: !editable }), `${'　'.repeat(dept.depth)}${dept.name}`)));
  const form = buildForm(ROLES.fields.map((f) => ({ ...f, readonly: !editable })), role, {
    ns: ROLES.ns,
    actions: editable,
    onSubmit: async (values, formApi) => {
      const body = {
        ...values,
        permissions: [...matrix.querySelectorAll('input:checked')].map((box) => box.value),
        departmentIds: values.dataScope === 'CUSTOM' ? [...departmentBoxes.querySelectorAll('input:checked')].map((box) => Number(box.value)) : [],
        version: role.version,
      };
      try {
        Object.assign(role, await api.put(path, body));
        toast(t('toast.saved'), 'success');
      } catch (error) { showError(error, { form: formApi }); }
    },
  });
  const syncScope = () => { departmentBoxes.hidden = form.values().dataScope !== 'CUSTOM'; };
  form.el.addEventListener('change', syncScope);
  syncScope();
  form.el.querySelector('.form-actions')?.before(h('h3', {}, t('role.customDepartments')), departmentBoxes,
    h('h3', {}, t('role.permissions')), h('div', { class: 'table-scroll' }, matrix));
  if (!editable) form.el.append(h('h3', {}, t('role.permissions')), h('div', { class: 'table-scroll' }, matrix));
  mount(ctx.view, pageHeader({
    title: role.name,
    subtitle: enumLabel('DataScope', role.dataScope),
    back: { href: '/app/org?tab=roles', label: t('org.title') },
    actions: [{ key: 'delete', label: t('action.delete'), perm: 'org:configure', kind: 'danger-outline', when: role.deletable ?? !role.builtIn,
      run: deleteRecord(`${path}?version=${role.version}`, '/app/org?tab=roles', role.name) }],
  }), card(null, form.el));
}
