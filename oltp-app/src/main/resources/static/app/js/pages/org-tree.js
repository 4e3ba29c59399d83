// The department tree (部门), shared by the organization pages and the targets page.
import { api, itemsOf } from '../core/api.js';
import { remember } from '../core/refs.js';

const DEPARTMENTS = '/api/v1/departments';

/**
 * The department tree, whether the API answers the top department with nested {children}, a list of
 * such nodes, or a flat list with parentId.
 */
export async function departmentTree() {
  const raw = await api.get(DEPARTMENTS);
  const answer = raw && !Array.isArray(raw) && Array.isArray(raw.children) ? [raw] : itemsOf(raw);
  const nested = answer.some((node) => Array.isArray(node.children));
  const flat = [];
  const walk = (nodes, depth) => nodes.forEach((node) => { flat.push({ ...node, depth }); walk(node.children || [], depth + 1); });
  if (nested) {
    walk(answer, 0);
    return { roots: answer, flat };
  }
  const byParent = new Map();
  for (const node of answer) {
    const key = node.parentId ?? null;
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key).push({ ...node });
  }
  const build = (parentId) => (byParent.get(parentId) || []).map((node) => ({ ...node, children: build(node.id) }));
  const roots = build(null);
  walk(roots, 0);
  return { roots, flat };
}

export const departmentOptions = async () => {
  const { flat } = await departmentTree();
  flat.forEach((node) => remember('department', node.id, node.name));
  return flat.map((node) => ({ value: node.id, label: `${'　'.repeat(node.depth)}${node.name}` }));
};
