// Every screen: its path under /app, the page module and function that render it, the permission it needs.
const page = (name) => () => import(`./pages/${name}.js`);

export const ROUTES = [
  { path: '/app', page: page('home'), view: 'home' },
  { path: '/app/notifications', page: page('notifications'), view: 'list' },
  { path: '/app/tasks', page: page('tasks'), view: 'list', perm: 'task:view' },

  { path: '/app/leads', page: page('leads'), view: 'list', perm: 'lead:view' },
  { path: '/app/leads/new', page: page('leads'), view: 'create', perm: 'lead:create' },
  { path: '/app/leads/:id', page: page('leads'), view: 'detail', perm: 'lead:view' },
  { path: '/app/leads/:id/edit', page: page('leads'), view: 'edit', perm: 'lead:edit' },

  { path: '/app/customers', page: page('customers'), view: 'list', perm: 'customer:view' },
  { path: '/app/customers/new', page: page('customers'), view: 'create', perm: 'customer:create' },
  { path: '/app/customers/:id', page: page('customers'), view: 'detail', perm: 'customer:view' },
  { path: '/app/customers/:id/edit', page: page('customers'), view: 'edit', perm: 'customer:edit' },

  { path: '/app/pool', page: page('pool'), view: 'list', perm: 'pool:view' },
  { path: '/app/pool/rules', page: page('pool'), view: 'rules', perm: 'pool:configure' },

  { path: '/app/opportunities', page: page('opportunities'), view: 'list', perm: 'opportunity:view' },
  { path: '/app/opportunities/new', page: page('opportunities'), view: 'create', perm: 'opportunity:create' },
  { path: '/app/opportunities/:id', page: page('opportunities'), view: 'detail', perm: 'opportunity:view' },
  { path: '/app/opportunities/:id/edit', page: page('opportunities'), view: 'edit', perm: 'opportunity:edit' },

  { path: '/app/contracts', page: page('contracts'), view: 'list', perm: 'contract:view' },
  { path: '/app/contracts/new', page: page('contracts'), view: 'create', perm: 'contract:create' },
  { path: '/app/contracts/:id', page: page('contracts'), view: 'detail', perm: 'contract:view' },
  { path: '/app/contracts/:id/edit', page: page('contracts'), view: 'edit', perm: 'contract:edit' },
  { path: '/app/approvals', page: page('approvals'), view: 'list', perm: 'contract:approve' },

  { path: '/app/receipts', page: page('receipts'), view: 'list', perm: 'receipt:view' },
  { path: '/app/receipts/new', page: page('receipts'), view: 'create', perm: 'receipt:create' },

  { path: '/app/campaigns', page: page('campaigns'), view: 'list', perm: 'campaign:view' },
  { path: '/app/campaigns/new', page: page('campaigns'), view: 'create', perm: 'campaign:create' },
  { path: '/app/campaigns/:id', page: page('campaigns'), view: 'detail', perm: 'campaign:view' },
  { path: '/app/campaigns/:id/edit', page: page('campaigns'), view: 'edit', perm: 'campaign:edit' },

  { path: '/app/products', page: page('products'), view: 'list', perm: 'product:view' },
  { path: '/app/products/new', page: page('products'), view: 'create', perm: 'product:create' },
  { path: '/app/products/:id/edit', page: page('products'), view: 'edit', perm: 'product:edit' },

  { path: '/app/targets', page: page('targets'), view: 'list', perm: 'target:view' },
  { path: '/app/stages', page: page('stages'), view: 'list', perm: 'stage:configure' },
  { path: '/app/org', page: page('org'), view: 'home', perm: 'org:view' },
  { path: '/app/org/roles/:id', page: page('org'), view: 'role', perm: 'org:view' },
];
