// Leads (线索): columns, filters and form fields. Adjust here when the API's fields change.
export const LEADS = {
  ns: 'lead',
  path: '/api/v1/leads',
  base: '/app/leads',
  /** the list is always most recently changed first (the API takes no sort) */
  columns: [
    { field: 'name' },
    { field: 'company' },
    { field: 'phone' },
    { field: 'source', type: 'enum', enum: 'Source' },
    { field: 'status', type: 'enum', enum: 'LeadStatus' },
    { field: 'ownerId', type: 'user' },
    { field: 'nextContactAt', type: 'datetime' },
    { field: 'updatedAt', type: 'datetime' },
  ],
  filters: [
    { field: 'status', type: 'enum', enum: 'LeadStatus' },
    { field: 'source', type: 'enum', enum: 'Source' },
  ],
  fields: [
    { field: 'name', required: true, max: 100 },
    { field: 'company', max: 200 },
    { field: 'title', max: 100 },
    { field: 'phone', type: 'tel', max: 32 },
    { field: 'email', type: 'email', max: 200 },
    { field: 'source', type: 'enum', enum: 'Source', required: true },
    { field: 'industry', max: 32 },
    { field: 'region', max: 64 },
    { field: 'address', max: 300, span: 'full' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' },
    { field: 'remark', type: 'textarea', max: 2000, span: 'full' },
  ],
  detailFields: [
    { field: 'company' }, { field: 'title' }, { field: 'phone' }, { field: 'email' },
    { field: 'source', type: 'enum', enum: 'Source' }, { field: 'status', type: 'enum', enum: 'LeadStatus' },
    { field: 'industry' }, { field: 'region' }, { field: 'address' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' }, { field: 'ownerId', type: 'user' },
    { field: 'nextContactAt', type: 'datetime' }, { field: 'lastFollowUpAt', type: 'datetime' },
    { field: 'convertedCustomerId', type: 'ref', ref: 'customer' },
    { field: 'createdAt', type: 'datetime' }, { field: 'updatedAt', type: 'datetime' },
    { field: 'remark', span: 'full' },
  ],
  /** the convert dialog: a contact and an opportunity are optional (the customer comes from the lead) */
  contactFields: [
    { field: 'name', required: true, max: 100 },
    { field: 'title', max: 100 },
    { field: 'phone', type: 'tel', max: 32 },
    { field: 'mobile', type: 'tel', max: 32 },
    { field: 'email', type: 'email', max: 200 },
  ],
  opportunityFields: [
    { field: 'name', required: true, max: 200 },
    { field: 'amount', type: 'money', required: true },
    { field: 'stageId', type: 'select', numeric: true, required: true },
    { field: 'expectedCloseDate', type: 'date' },
  ],
};
