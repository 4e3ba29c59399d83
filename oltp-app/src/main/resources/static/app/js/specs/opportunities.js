// Opportunities (商机): columns, filters and form fields. Adjust here when the API's fields change.
import { loadStages } from '../core/refs.js';

export const stageOptions = () => loadStages().then((stages) => stages.map((s) => ({ value: s.id, label: `${s.name} (${Number(s.winRate)}%)` })));

export const OPPORTUNITIES = {
  ns: 'opportunity',
  path: '/api/v1/opportunities',
  base: '/app/opportunities',
  columns: [
    { field: 'name', sortable: true },
    { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'amount', type: 'money', sortable: true },
    { field: 'stageId', type: 'ref', ref: 'stage' },
    { field: 'status', type: 'enum', enum: 'OpportunityStatus' },
    { field: 'expectedCloseDate', type: 'date', sortable: true },
    { field: 'ownerId', type: 'user' },
    { field: 'updatedAt', type: 'datetime', sortable: true },
  ],
  filters: [
    { field: 'stageId', type: 'select', numeric: true, options: stageOptions },
    { field: 'status', type: 'enum', enum: 'OpportunityStatus' },
  ],
  /** POST: the customer is required once customers exist; the server says so next to the field */
  createFields: [
    { field: 'name', required: true, max: 200 },
    { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'amount', type: 'money', required: true },
    { field: 'stageId', type: 'select', numeric: true, required: true, options: stageOptions },
    { field: 'expectedCloseDate', type: 'date' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' },
  ],
  /** PUT sends exactly these (and version): the API refuses unknown fields */
  editFields: [
    { field: 'name', required: true, max: 200 },
    { field: 'amount', type: 'money', required: true },
    { field: 'expectedCloseDate', type: 'date', sendNull: true },
  ],
  detailFields: [
    { field: 'amount', type: 'money' },
    { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'stageId', type: 'ref', ref: 'stage' },
    { field: 'status', type: 'enum', enum: 'OpportunityStatus' },
    { field: 'expectedCloseDate', type: 'date' },
    { field: 'ownerId', type: 'user' },
    { field: 'campaignId', type: 'ref', ref: 'campaign' },
    { field: 'wonReason' },
    { field: 'lostReason' },
    { field: 'createdAt', type: 'datetime' },
    { field: 'closedAt', type: 'datetime' },
  ],
  /**
   * Bodies of the transitions. The version is checked when given: the detail page sends the one it
   * showed, so a deal changed meanwhile answers 409; the board moves by stage only.
   */
  wonBody: (reason, version) => ({ reason: reason || null, version }),
  lostBody: (reason, version) => ({ reason, version }),
  stageBody: (stageId, version) => (version === undefined ? { stageId } : { stageId, version }),
};
