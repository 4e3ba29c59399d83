// The values of every enumeration the API uses (labels: enum.<Name>.<VALUE> in the dictionaries).
const SOURCES = ['SEARCH', 'SOCIAL', 'EMAIL', 'EVENT', 'EXHIBITION', 'REFERRAL', 'WEBSITE', 'ADVERTISING', 'TELEMARKETING', 'OTHER'];

export const ENUMS = {
  Source: SOURCES,
  LeadStatus: ['NEW', 'QUALIFIED', 'CONVERTED', 'INVALID'],
  CustomerLevel: ['KEY', 'NORMAL', 'SMALL'],
  DealStatus: ['NONE', 'DEAL'],
  TeamAccess: ['READ', 'WRITE'],
  OpportunityStatus: ['OPEN', 'WON', 'LOST'],
  ForecastCategory: ['PIPELINE', 'BEST_CASE', 'COMMIT'],
  ContractStatus: ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'CANCELLED'],
  PaymentMethod: ['BANK_TRANSFER', 'CASH', 'CHEQUE', 'ALIPAY', 'WECHAT', 'OTHER'],
  PlanStatus: ['PENDING', 'PARTLY_PAID', 'PAID', 'OVERDUE'],
  SubjectType: ['LEAD', 'CUSTOMER', 'CONTACT', 'OPPORTUNITY', 'CONTRACT'],
  FollowUpKind: ['COMMUNICATION', 'LOG', 'SCHEDULE', 'TASK', 'APPROVAL'],
  FollowUpMethod: ['PHONE', 'EMAIL', 'VISIT', 'SMS', 'OTHER'],
  TaskView: ['inbox', 'today', 'next', 'later', 'done'],
  TaskPriority: ['LOW', 'NORMAL', 'HIGH'],
  CampaignStatus: ['PLANNED', 'ACTIVE', 'ENDED', 'CANCELLED'],
  DataScope: ['SELF', 'SELF_AND_SUBORDINATES', 'DEPT', 'DEPT_AND_CHILDREN', 'CUSTOM', 'ALL'],
  Action: ['CREATE', 'UPDATE', 'DELETE', 'TRANSFER', 'CLAIM', 'ASSIGN', 'RECYCLE', 'RELEASE', 'LOCK', 'UNLOCK',
    'CONVERT', 'SUBMIT', 'APPROVE', 'REJECT', 'IMPORT', 'MOVE', 'WIN', 'LOSE', 'REOPEN', 'DISABLE', 'ENABLE', 'HANDOVER', 'COMPLETE'],
  ApprovalDecision: ['SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN'],
  PermissionModule: ['lead', 'customer', 'contact', 'pool', 'opportunity', 'contract', 'receipt', 'follow_up', 'task',
    'product', 'campaign', 'target', 'segment', 'dashboard', 'org', 'stage', 'approval', 'log'],
  PermissionAction: ['view', 'create', 'edit', 'delete', 'import', 'export', 'transfer', 'claim', 'assign', 'approve',
    'configure', 'lock'],
};
