// Campaigns (市场活动) and products (产品): columns and form fields. Adjust here when the API changes.
export const CAMPAIGNS = {
  ns: 'campaign',
  path: '/api/v1/campaigns',
  base: '/app/campaigns',
  columns: [
    { field: 'name', sortable: true },
    { field: 'channel', type: 'enum', enum: 'Source' },
    { field: 'status', type: 'enum', enum: 'CampaignStatus' },
    { field: 'budget', type: 'money', sortable: true },
    { field: 'costTotal', type: 'money' },
    { field: 'startDate', type: 'date', sortable: true },
    { field: 'endDate', type: 'date', sortable: true },
    { field: 'ownerId', type: 'user' },
  ],
  filters: [
    { field: 'status', type: 'enum', enum: 'CampaignStatus' },
    { field: 'channel', type: 'enum', enum: 'Source' },
  ],
  fields: [
    { field: 'name', required: true, max: 200 },
    { field: 'channel', type: 'enum', enum: 'Source', required: true },
    { field: 'budget', type: 'money', required: true },
    { field: 'startDate', type: 'date', required: true },
    { field: 'endDate', type: 'date', required: true },
    { field: 'description', type: 'textarea', max: 2000, span: 'full' },
  ],
  detailFields: [
    { field: 'channel', type: 'enum', enum: 'Source' }, { field: 'status', type: 'enum', enum: 'CampaignStatus' },
    { field: 'budget', type: 'money' },
    { field: 'costTotal', type: 'money', value: (c) => c.totals?.costTotal ?? c.costTotal },
    { field: 'budgetLeft', type: 'money', value: (c) => c.totals?.budgetLeft },
    { field: 'leads', type: 'integer', label: 'campaign.sourcedLeads', value: (c) => c.totals?.leads },
    { field: 'opportunities', type: 'integer', label: 'campaign.sourcedOpportunities', value: (c) => c.totals?.opportunities },
    { field: 'startDate', type: 'date' }, { field: 'endDate', type: 'date' }, { field: 'ownerId', type: 'user' },
    { field: 'description', span: 'full' },
  ],
  /** POST /{id}/status {status, version}: the moves a campaign may make from each status */
  transitions: { PLANNED: ['ACTIVE', 'CANCELLED'], ACTIVE: ['ENDED', 'CANCELLED'], ENDED: [], CANCELLED: [] },
  costColumns: [{ field: 'incurredOn', type: 'date' }, { field: 'amount', type: 'money' }, { field: 'note' }, { field: 'createdBy', type: 'user' }],
  costFields: [
    { field: 'amount', type: 'money', required: true },
    { field: 'incurredOn', type: 'date', required: true },
    { field: 'note', max: 500, span: 'full' },
  ],
};

export const PRODUCTS = {
  ns: 'product',
  path: '/api/v1/products',
  base: '/app/products',
  columns: [
    { field: 'code', sortable: true },
    { field: 'name', sortable: true },
    { field: 'category' },
    { field: 'unit' },
    { field: 'price', type: 'money', sortable: true },
    { field: 'active', type: 'boolean' },
  ],
  filters: [{ field: 'active', type: 'select', options: [{ value: 'true', label: '✓' }, { value: 'false', label: '✗' }] }],
  fields: [
    { field: 'code', required: true, max: 32 },
    { field: 'name', required: true, max: 200 },
    { field: 'category', max: 64 },
    { field: 'unit', required: true, max: 16, default: '件' },
    { field: 'price', type: 'money', required: true },
    { field: 'active', type: 'boolean', default: true },
    { field: 'description', type: 'textarea', max: 2000, span: 'full' },
  ],
};
