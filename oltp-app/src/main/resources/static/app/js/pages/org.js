// Organization (组织架构) for admins: the department tree, users (create, disable, hand over, roles)
// and roles with their permission matrix and data scope.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t } from '../core/i18n.js';
import { can } from '../core/session.js';
import { USERS, ROLES } from '../specs/org.js';
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
      can('org:create') ? h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: () => editDepartment(panel, null, dept.id) }, t('org.addChild')) : null,
      can('org:edit') ? h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: () => editDepartment(panel, dept) }, t('action.rename')) : null,
      can('org:delete') && dept.parentId != null ? h('button', {
        type: 'button', class: 'btn btn-small btn-link danger',
        onclick: async () => {
          if (!(await confirmDialog(t('dialog.deleteText', { name: dept.name }), { danger: true }))) return;
          try { await api.delete(`${DEPARTMENTS}/${dept.id}`); departments(panel); } catch (error) { showError(error); }
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
      ? api.put(`${DEPARTMENTS}/${dept.id}`, { name: values.name, parentId: dept.parentId ?? null, position: dept.position ?? 0, version: dept.version })
      : api.post(DEPARTMENTS, { name: values.name, parentId })),
  });
  if (saved) { toast(t('toast.saved'), 'success'); departments(panel); }
}

function users(panel, ctx) {
  let table = null;
  const userDialog = async (user) => {
    const saved = await formDialog({
      title: user ? t('user.edit') : t('user.create'),
      fields: user ? USERS.editFields(departmentOptions) : USERS.createFields(departmentOptions),
      values: user || {},
      submit: (values) => (user ? api.put(`${USERS.path}/${user.id}`, { ...values, version: user.version }) : api.post(USERS.path, values)),
    });
    if (saved) { toast(t('toast.saved'), 'success'); table.reload(); }
  };
  const rowActions = (row) => h('span', { class: 'row-actions' },
    can('org:edit') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => userDialog(row) }, t('action.edit')) : null,
    can('org:edit') ? h('button', { type: 'button', class: 'btn btn-small', onclick: () => assignRoles(row, table) }, t('user.roles')) : null,
    can('org:edit') ? h('button', {
      type: 'button', class: 'btn btn-small', dataset: { action: row.enabled ? 'disable' : 'enable' },
      onclick: async () => {
        if (row.enabled && !(await confirmDialog(t('user.disableText', { name: row.displayName }), { danger: true }))) return;
        try { await api.post(`${USERS.path}/${row.id}/${row.enabled ? 'disable' : 'enable'}`, { version: row.version }); table.reload(); } catch (error) { showError(error); }
      },
    }, row.enabled ? t('user.disable') : t('user.enable')) : null,
    can('org:edit') ? h('button', {
      type: 'button', class: 'btn btn-small', onclick: async () => {
        const done = await formDialog({
          title: t('user.handoverTitle', { name: row.displayName }),
          intro: h('p', {}, t('user.handoverIntro')),
          fields: [{ field: 'successorId', type: 'user', required: true, label: 'user.successor' }],
          submitLabel: t('user.handover'),
          submit: (values) => api.post(`${USERS.path}/${row.id}/handover`, values),
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
    toolbar: [can('org:create') ? h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => userDialog(null) }, t('user.create')) : null],
    load: (params) => api.get(USERS.path, params),
  });
  mount(panel, table.el);
  return ctx;
}

async function assignRoles(user, table) {
  const allRoles = itemsOf(await api.get(ROLES.path));
  const current = new Set((user.roles || []).map((role) => role.id ?? role.code ?? role));
  const boxes = allRoles.map((role) => h('label', { class: 'check' }, h('input', {
    type: 'checkbox', value: role.id, checked: current.has(role.id) || current.has(role.code) || current.has(role.name),
  }), role.name));
  const saved = await formDialog({
    title: t('user.rolesTitle', { name: user.displayName }),
    fields: [],
    extra: h('div', { class: 'check-list' }, boxes),
    submit: () => api.put(`${USERS.path}/${user.id}/roles`, { roleIds: boxes.map((label) => label.firstChild).filter((box) => box.checked).map((box) => Number(box.value)) }),
  });
  if (saved) { toast(t('toast.saved'), 'success'); table.reload(); }
}

async function roles(panel) {
  const rows = itemsOf(await api.get(ROLES.path));
  mount(panel, 
    can('org:create') ? h('div', { class: 'panel-actions' }, h('button', {
      type: 'button', class: 'btn btn-small btn-primary',
      onclick: async () => {
        const created = await formDialog({ title: t('role.create'), fields: ROLES.fields, submit: (values) => api.post(ROLES.path, { ...values, permissions: [] }) });
        if (created) roles(panel);
      },
    }, t('role.create'))) : null,
    miniTable(ROLES.columns, rows, { ns: ROLES.ns, rowHref: (row) => `/app/org/roles/${row.id}` }));
}
