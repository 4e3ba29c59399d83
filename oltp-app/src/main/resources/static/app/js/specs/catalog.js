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
    { field: 'startDate', type: 'date', sortable: true },
    { field: 'endDate', type: 'date' },
    { field: 'ownerId', type: 'user' },
  ],
  filters: [
    { field: 'status', type: 'enum', enum: 'CampaignStatus' },
    { field: 'channel', type: 'enum', enum: 'Source' },
  ],
  fields: [
    { field: 'name', required: true, max: 200 },
    { field: 'channel', type: 'enum', enum: 'Source', required: true },
    { field: 'status', type: 'enum', enum: 'CampaignStatus', required: true, default: 'PLANNED' },
    { field: 'budget', type: 'money', required: true },
    { field: 'startDate', type: 'date', required: true },
    { field: 'endDate', type: 'date', required: true },
    { field: 'description', type: 'textarea', max: 2000, span: 'full' },
  ],
  detailFields: [
    { field: 'channel', type: 'enum', enum: 'Source' }, { field: 'status', type: 'enum', enum: 'CampaignStatus' },
    { field: 'budget', type: 'money' }, { field: 'totalCost', type: 'money' },
    { field: 'startDate', type: 'date' }, { field: 'endDate', type: 'date' }, { field: 'ownerId', type: 'user' },
    { field: 'description', span: 'full' },
  ],
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
