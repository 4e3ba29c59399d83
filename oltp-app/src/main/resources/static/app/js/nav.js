// The navigation: what each item needs to be shown. The server refuses anyway; hiding is for clarity.
export const NAV = [
  { group: 'work', items: [
    { key: 'home', path: '/app' },
    { key: 'tasks', path: '/app/tasks', perm: 'task:view' },
  ] },
  { group: 'customers', items: [
    { key: 'leads', path: '/app/leads', perm: 'lead:view' },
    { key: 'customers', path: '/app/customers', perm: 'customer:view' },
    { key: 'pool', path: '/app/pool', perm: 'pool:view' },
  ] },
  { group: 'sales', items: [
    { key: 'opportunities', path: '/app/opportunities', perm: 'opportunity:view' },
    { key: 'contracts', path: '/app/contracts', perm: 'contract:view' },
    { key: 'approvals', path: '/app/approvals', perm: 'contract:approve' },
    { key: 'receipts', path: '/app/receipts', perm: 'receipt:view' },
    { key: 'targets', path: '/app/targets', perm: 'target:view' },
  ] },
  { group: 'marketing', items: [
    { key: 'campaigns', path: '/app/campaigns', perm: 'campaign:view' },
    { key: 'products', path: '/app/products', perm: 'product:view' },
  ] },
  { group: 'admin', items: [
    { key: 'stages', path: '/app/stages', perm: 'stage:configure' },
    { key: 'poolRules', path: '/app/pool/rules', perm: 'pool:configure' },
    { key: 'org', path: '/app/org', perm: 'org:view' },
  ] },
];

/** The nav item a path belongs to: the longest matching prefix. */
export function navKeyOf(pathname) {
  let best = null;
  for (const group of NAV) {
    for (const item of group.items) {
      const matches = item.path === '/app' ? pathname === '/app' || pathname === '/app/'
        : pathname === item.path || pathname.startsWith(`${item.path}/`);
      if (matches && (!best || item.path.length > best.path.length)) best = item;
    }
  }
  return best ? best.key : null;
}
