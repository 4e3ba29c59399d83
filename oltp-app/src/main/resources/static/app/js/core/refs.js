// Names of records referenced by id (owner, customer, stage, product, ...), fetched once per id and cached.
// A list row that already carries the name (ownerName, customerName) never triggers a request.
import { api, itemsOf } from './api.js';
import { me } from './session.js';

/** kind → how to fetch one record and which property names it */
const KINDS = {
  user: { path: '/api/v1/users', label: (r) => r.displayName || r.username },
  // a customer's detail is {customer, primaryContact, team, counts}
  customer: { path: '/api/v1/customers', label: (r) => (r.customer || r).name, href: (id) => `/app/customers/${id}` },
  contact: { path: '/api/v1/contacts', label: (r) => r.name },
  lead: { path: '/api/v1/leads', label: (r) => r.name, href: (id) => `/app/leads/${id}` },
  opportunity: { path: '/api/v1/opportunities', label: (r) => r.name, href: (id) => `/app/opportunities/${id}` },
  contract: { path: '/api/v1/contracts', label: (r) => (r.number ? `${r.number} ${r.name}` : r.name), href: (id) => `/app/contracts/${id}` },
  campaign: { path: '/api/v1/campaigns', label: (r) => r.name, href: (id) => `/app/campaigns/${id}` },
  product: { path: '/api/v1/products', label: (r) => r.name },
  stage: { path: '/api/v1/stages', label: (r) => r.name },
  department: { path: '/api/v1/departments', label: (r) => r.name },
};

const cache = new Map();

export function kindOf(kind) {
  return KINDS[kind];
}

export function remember(kind, id, label) {
  if (id != null && label) cache.set(`${kind}:${id}`, Promise.resolve(label));
}

/** The record's name, or "#id" when it cannot be read (not merged yet, out of scope). */
export function refLabel(kind, id) {
  if (id == null || id === '') return Promise.resolve('');
  if (kind === 'user' && me && me.id === Number(id)) return Promise.resolve(me.displayName);
  const key = `${kind}:${id}`;
  if (!cache.has(key)) {
    const spec = KINDS[kind];
    cache.set(key, spec
      ? api.get(`${spec.path}/${id}`).then((record) => spec.label(record) || `#${id}`).catch(() => `#${id}`)
      : Promise.resolve(`#${id}`));
  }
  return cache.get(key);
}

/** All stages in pipeline order, cached for the page's life (admins' edits call forgetStages). */
let stages = null;
export function loadStages() {
  if (!stages) {
    stages = api.get('/api/v1/stages').then((list) => {
      const items = itemsOf(list).sort((a, b) => a.position - b.position || a.id - b.id);
      items.forEach((stage) => remember('stage', stage.id, stage.name));
      return items;
    }).catch((error) => {
      stages = null;
      throw error;
    });
  }
  return stages;
}

export function forgetStages() {
  stages = null;
  for (const key of [...cache.keys()]) if (key.startsWith('stage:')) cache.delete(key);
}
