// Customers (客户) and their contacts: columns, filters and form fields. Adjust here when the API changes.
export const CUSTOMERS = {
  ns: 'customer',
  path: '/api/v1/customers',
  base: '/app/customers',
  /** GET /{id} answers {customer, primaryContact, team, counts} */
  unwrap: (answer) => answer.customer || answer,
  /** the list is always most recently changed first (the API takes no sort) */
  columns: [
    { field: 'name' },
    { field: 'level', type: 'enum', enum: 'CustomerLevel' },
    { field: 'industry' },
    { field: 'phone' },
    { field: 'dealStatus', type: 'enum', enum: 'DealStatus' },
    { field: 'ownerId', type: 'user' },
    { field: 'lastFollowUpAt', type: 'datetime' },
    { field: 'nextContactAt', type: 'datetime' },
    { field: 'updatedAt', type: 'datetime' },
  ],
  filters: [
    { field: 'level', type: 'enum', enum: 'CustomerLevel' },
    { field: 'dealStatus', type: 'enum', enum: 'DealStatus' },
    { field: 'source', type: 'enum', enum: 'Source' },
  ],
  fields: [
    { field: 'name', required: true, max: 200 },
    { field: 'level', type: 'enum', enum: 'CustomerLevel', required: true, default: 'NORMAL' },
    { field: 'industry', max: 32 },
    { field: 'source', type: 'enum', enum: 'Source' },
    { field: 'phone', type: 'tel', max: 32 },
    { field: 'email', type: 'email', max: 200 },
    { field: 'website', max: 200 },
    { field: 'region', max: 64 },
    { field: 'address', max: 300, span: 'full' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' },
    { field: 'remark', type: 'textarea', max: 2000, span: 'full' },
  ],
  detailFields: [
    { field: 'level', type: 'enum', enum: 'CustomerLevel' }, { field: 'dealStatus', type: 'enum', enum: 'DealStatus' },
    { field: 'industry' }, { field: 'source', type: 'enum', enum: 'Source' },
    { field: 'phone' }, { field: 'email' }, { field: 'website' }, { field: 'region' }, { field: 'address' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' }, { field: 'ownerId', type: 'user' },
    { field: 'locked', type: 'boolean' },
    { field: 'lastFollowUpAt', type: 'datetime' }, { field: 'nextContactAt', type: 'datetime' },
    { field: 'createdAt', type: 'datetime' }, { field: 'updatedAt', type: 'datetime' },
    { field: 'remark', span: 'full' },
  ],
  transferOptions: [
    { field: 'moveContacts', type: 'boolean', label: 'customer.moveContacts', default: true },
    { field: 'moveOpportunities', type: 'boolean', label: 'customer.moveOpportunities', default: false },
    { field: 'moveContracts', type: 'boolean', label: 'customer.moveContracts', default: false },
    /** READ or WRITE keeps the previous owner on the team; empty: they leave */
    { field: 'keepOldOwnerAsTeamMember', type: 'enum', enum: 'TeamAccess', label: 'customer.keepOldOwner', emptyLabel: '—' },
  ],
};

export const CONTACTS = {
  ns: 'contact',
  columns: [
    { field: 'name' }, { field: 'title' }, { field: 'phone' }, { field: 'mobile' }, { field: 'email' },
    { field: 'primary', type: 'boolean' },
  ],
  fields: [
    { field: 'name', required: true, max: 100 },
    { field: 'title', max: 100 },
    { field: 'phone', type: 'tel', max: 32 },
    { field: 'mobile', type: 'tel', max: 32 },
    { field: 'email', type: 'email', max: 200 },
    { field: 'primary', type: 'boolean' },
    { field: 'remark', type: 'textarea', max: 1000, span: 'full' },
  ],
};
