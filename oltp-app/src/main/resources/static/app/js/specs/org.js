// Organization (组织架构): users and roles. Adjust here when the API's fields change.
import { checkList } from '../ui/checklist.js';

export const USERS = {
  ns: 'user',
  path: '/api/v1/users',
  columns: [
    { field: 'username', sortable: true },
    { field: 'displayName', sortable: true },
    { field: 'departmentId', type: 'ref', ref: 'department' },
    { field: 'title' },
    { field: 'roles', render: (row) => (row.roles || []).map((role) => role.name || role).join('、') },
    { field: 'enabled', type: 'boolean' },
  ],
  createFields: (departments, roles) => [
    { field: 'username', required: true, max: 64 },
    { field: 'displayName', required: true, max: 100 },
    { field: 'password', type: 'password', required: true, max: 200, control: passwordControl },
    { field: 'departmentId', type: 'select', numeric: true, required: true, options: departments },
    { field: 'managerId', type: 'user' },
    { field: 'title', max: 100 },
    { field: 'email', type: 'email', max: 200 },
    { field: 'phone', type: 'tel', max: 32 },
    { field: 'roleIds', label: 'user.roles', required: true, span: 'full', control: (spec) => checkList({ ...spec, options: roles }) },
  ],
  editFields: (departments) => [
    { field: 'displayName', required: true, max: 100 },
    { field: 'departmentId', type: 'select', numeric: true, required: true, options: departments },
    { field: 'managerId', type: 'user', sendNull: true },
    { field: 'title', max: 100, sendNull: true },
    { field: 'email', type: 'email', max: 200, sendNull: true },
    { field: 'phone', type: 'tel', max: 32, sendNull: true },
  ],
};

function passwordControl(spec) {
  const input = document.createElement('input');
  input.type = 'password';
  input.name = spec.field;
  input.autocomplete = 'new-password';
  input.maxLength = spec.max;
  return { el: input, input, get: () => input.value || null, set: () => {} };
}

export const ROLES = {
  ns: 'role',
  path: '/api/v1/roles',
  columns: [
    { field: 'name' },
    { field: 'dataScope', type: 'enum', enum: 'DataScope' },
    { field: 'builtIn', type: 'boolean' },
    { field: 'description' },
  ],
  fields: [
    { field: 'name', required: true, max: 64 },
    { field: 'dataScope', type: 'enum', enum: 'DataScope', required: true, default: 'SELF' },
    { field: 'description', type: 'textarea', max: 500, span: 'full' },
  ],
};
