// Contracts (合同), payment plans (回款计划) and receipts (回款). Adjust here when the API's fields change.
import { linesControl } from '../ui/lines.js';

export const CONTRACTS = {
  ns: 'contract',
  path: '/api/v1/contracts',
  base: '/app/contracts',
  defaultSort: 'updatedAt,desc',
  columns: [
    { field: 'number', sortable: true },
    { field: 'name', sortable: true },
    { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'totalAmount', type: 'money', sortable: true },
    { field: 'receivedAmount', type: 'money' },
    { field: 'status', type: 'enum', enum: 'ContractStatus' },
    { field: 'signedOn', type: 'date', sortable: true },
    { field: 'ownerId', type: 'user' },
  ],
  filters: [{ field: 'status', type: 'enum', enum: 'ContractStatus' }],
  fields: [
    { field: 'name', required: true, max: 200 },
    { field: 'number', max: 40, help: 'contract.numberHelp' },
    { field: 'customerId', type: 'ref', ref: 'customer', required: true },
    { field: 'opportunityId', type: 'ref', ref: 'opportunity' },
    { field: 'signedOn', type: 'date', required: true },
    { field: 'startDate', type: 'date' },
    { field: 'endDate', type: 'date' },
    { field: 'lines', span: 'full', label: 'contract.lines', control: (spec) => linesControl({ ...spec, priceOptional: true }) },
    { field: 'remark', type: 'textarea', max: 2000, span: 'full' },
  ],
  /** PUT replaces these (and version); number, customer and opportunity are fixed once created */
  editFields: ['name', 'signedOn', 'startDate', 'endDate', 'lines', 'remark'],
  detailFields: [
    { field: 'number' }, { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'opportunityId', type: 'ref', ref: 'opportunity' }, { field: 'status', type: 'enum', enum: 'ContractStatus' },
    { field: 'totalAmount', type: 'money' }, { field: 'receivedAmount', type: 'money' },
    { field: 'signedOn', type: 'date' }, { field: 'startDate', type: 'date' }, { field: 'endDate', type: 'date' },
    { field: 'ownerId', type: 'user' }, { field: 'submittedAt', type: 'datetime' }, { field: 'decidedAt', type: 'datetime' },
    { field: 'remark', span: 'full' },
  ],
  lineColumns: [
    { field: 'productId', type: 'ref', ref: 'product', label: 'lines.product' },
    { field: 'quantity', type: 'number', label: 'lines.quantity' },
    { field: 'unitPrice', type: 'money', label: 'lines.unitPrice' },
    { field: 'discount', type: 'percent', label: 'lines.discount' },
    { field: 'lineAmount', type: 'money', label: 'lines.lineAmount' },
  ],
};

export const PLANS = {
  ns: 'plan',
  columns: [
    { field: 'seq', type: 'integer' },
    { field: 'amount', type: 'money' },
    { field: 'receivedAmount', type: 'money' },
    { field: 'dueDate', type: 'date' },
    { field: 'method', type: 'enum', enum: 'PaymentMethod' },
    { field: 'status', type: 'enum', enum: 'PlanStatus' },
  ],
  fields: [
    { field: 'amount', type: 'money', required: true },
    { field: 'dueDate', type: 'date', required: true },
    { field: 'method', type: 'enum', enum: 'PaymentMethod', required: true, default: 'BANK_TRANSFER' },
    { field: 'reminderDays', type: 'integer', default: 3 },
    { field: 'remark', type: 'textarea', max: 1000, span: 'full' },
  ],
};

export const RECEIPTS = {
  ns: 'receipt',
  path: '/api/v1/receipts',
  base: '/app/receipts',
  defaultSort: 'receivedOn,desc',
  columns: [
    { field: 'number', sortable: true },
    { field: 'contractId', type: 'ref', ref: 'contract' },
    { field: 'customerId', type: 'ref', ref: 'customer' },
    { field: 'amount', type: 'money', sortable: true },
    { field: 'receivedOn', type: 'date', sortable: true },
    { field: 'method', type: 'enum', enum: 'PaymentMethod' },
    { field: 'ownerId', type: 'user' },
  ],
  fields: [
    { field: 'contractId', type: 'ref', ref: 'contract', required: true },
    { field: 'planId', type: 'select', numeric: true },
    { field: 'amount', type: 'money', required: true },
    { field: 'receivedOn', type: 'date', required: true },
    { field: 'method', type: 'enum', enum: 'PaymentMethod', required: true, default: 'BANK_TRANSFER' },
    { field: 'remark', type: 'textarea', max: 1000, span: 'full' },
  ],
};
