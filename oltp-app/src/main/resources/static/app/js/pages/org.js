// Organization (组织架构) for admins: the department tree, users (create, disable, hand over, roles)
// and roles with their permission matrix and data scope.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { USERS, ROLES } from '../specs/org.js';
import { checkList } from '../ui/checklist.js';
import { dataTable } from '../ui/table.js';
import { pageHeader, tabs } from '../ui/detail.js';
import { formDialog, confirmDialog } from '../ui/dialog.js';
import { miniTable } from '../ui/minitable.js';
import { toast } from '../ui/toast.js';
import { showError } from '../ui/errors.js';
import { rolePage } from './org-role.js';
import { departmentTree, departmentOptions } from './org-tree.js';

const DEPARTMENTS = '/api/v1/departments';

export function home(ctx) {
  mount(ctx.view, pageHeader({ title: t('org.title') }), tabs([
    { key: 'departments', label: t('org.departments'), render: departments },
    { key: 'users', label: t('org.users'), render: (panel) => users(panel, ctx) },
    { key: 'roles', label: t('org.roles'), render: roles },
  ], { query: ctx.query }).el);
}

export function role(ctx) {
  return rolePage(ctx);
}

async function departments(panel) {
  const { roots } = await departmentTree();
  const node = (dept) => h('li', { dataset: { id: dept.id } },
    h('div', { class: 'tree-node' }, h('span', {}, dept.name),
      can('org:configure') ? h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: () => editDepartment(panel, null, dept.id) }, t('org.addChild')) : null,
      can('org:configure') ? h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: () => editDepartment(panel, dept) }, t('action.rename')) : null,
      can('org:configure') && dept.parentId != null ? h('button', {
        type: 'button', class: 'btn btn-small btn-link danger',
        onclick: async () => {
          if (!(await confirmDialog(t('dialog.deleteText', { name: dept.name }), { danger: true }))) return;
          try { await api.delete(`${DEPARTMENTS}/${dept.id}?version=${dept.version}`); departments(panel); } catch (error) { showError(error); }
        },
      }, t('action.delete')) : null),
    dept.children?.length ? h('ul', {}, dept.children.map(node)) : null);
  mount(panel, h('ul', { class: 'tree' }, roots.map(node)));
}

async function editDepartment(panel, dept, parentId) {
  const saved = await formDialog({
    title: dept ? t('org.renameDepartment') : t('org.newDepartment'),
    fields: [{ field: 'name', required: true, max: 100 }],
    values: dept || {},
    submit: (values) => (dept
      ? api.put(`${DEPARTMENTS}/${dept.id}`, { name: values.name, version: dept.version })
      : api.post(DEPARTMENTS, { name: values.name, parentId })),
  });
  if (saved) { toast(t('toast.saved'), 'success'); departments(panel); }
}

function users(panel, ctx) {
  let table = null;
  const userDialog = async (user) => {
    const saved = await formDialog({
      title: user ? t('user.edit') : t('user.create'),
      fields: user ? USERS.editFields(departmentOptions) : USERS.createFields(departmentOptions, roleOptions),
      values: user || {},
      submit: (values) => (user ? api.put(`${USERS.path}/${user.id}`, { ...values, version: user.version }) : api.post(USERS.path, values)),
    });
    if (saved) { toast(t('toast.saved'), 'success'); table.reload(); }
  };
  const rowActions = (row) => h('span', { class: 'row-actions' },
    can('org:configure') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => userDialog(row) }, t('action.edit')) : null,
    can('org:configure') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => assignRoles(row, table) }, t('user.roles')) : null,
    can('org:configure') ? h('button', {
      type: 'button', class: 'btn btn-small', dataset: { action: row.enabled ? 'disable' : 'enable' },
      onclick: async () => {
        if (row.enabled && !(await confirmDialog(t('user.disableText', { name: row.displayName }), { danger: true }))) return;
        try { await api.post(`${USERS.path}/${row.id}/${row.enabled ? 'disable' : 'enable'}`, { version: row.version }); table.reload(); } catch (error) { showError(error); }
      },
    }, row.enabled ? t('user.disable') : t('user.enable')) : null,
    can('org:configure') ? h('button', {
      type: 'button', class: 'btn btn-small', onclick: async () => {
        const done = await formDialog({
          title: t('user.handoverTitle', { name: row.displayName }),
          intro: h('p', {}, t('user.handoverIntro')),
          fields: [{ field: 'successorId', type: 'user', required: true, label: 'user.successor' }],
          submitLabel: t('user.handover'),
          submit: (values) => api.post(`${USERS.path}/${row.id}/handover`, { ...values, version: row.version }),
        });
        if (done) { toast(t('toast.done'), 'success'); table.reload(); }
      },
    }, t('user.handover')) : null);
  table = dataTable({
    ns: USERS.ns,
    columns: [...USERS.columns, { field: 'actions', label: 'common.actions', render: rowActions }],
    query: new URLSearchParams(),
    urlState: false,
    filters: [{ field: 'departmentId', type: 'select', numeric: true, options: departmentOptions }],
    toolbar: [can('org:configure') ? h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => userDialog(null) }, t('user.create')) : null],
    load: (params) => api.get(USERS.path, params),
  });
  mount(panel, table.el);
  return ctx;
}

/** The roles a user may be given, as options of a checkbox list. */
const roleOptions = async () => itemsOf(await api.get(ROLES.path)).map((role) => ({ value: role.id, label: role.name }));

async function assignRoles(user, table) {
  const saved = await formDialog({
    title: t('user.rolesTitle', { name: user.displayName }),
    fields: [{ field: 'roleIds', label: 'user.roles', required: true, span: 'full', control: (spec) => checkList({ ...spec, options: roleOptions }) }],
    values: { roleIds: (user.roles || []).map((role) => role.id) },
    submit: (values) => api.put(`${USERS.path}/${user.id}/roles`, { roleIds: values.roleIds, version: user.version }),
  });
  if (saved) { toast(t('toast.saved'), 'success'); table.reload(); }
}

async function roles(panel) {
  const rows = itemsOf(await api.get(ROLES.path));
  mount(panel, 
    can('org:configure') ? h('div', { class: 'panel-actions' }, h('button', {
      type: 'button', class: 'btn btn-small btn-primary',
      onclick: async () => {
        const created = await formDialog({ title: t('role.create'), fields: ROLES.fields, submit: (values) => api.post(ROLES.path, { ...values, departmentIds: [], permissions: [] }) });
        if (created) roles(panel);
      },
    }, t('role.create'))) : null,
    miniTable(ROLES.columns, rows, { ns: ROLES.ns, rowHref: (row) => `/app/org/roles/${row.id}` }));
}
