// Tasks (任务): the fields of a task. Adjust here when the API's fields change.
export const TASKS = {
  ns: 'task',
  path: '/api/v1/tasks',
  views: ['inbox', 'today', 'next', 'later', 'done'],
  fields: [
    { field: 'title', required: true, max: 200, span: 'full' },
    { field: 'priority', type: 'enum', enum: 'TaskPriority', required: true, default: 'NORMAL' },
    { field: 'dueAt', type: 'datetime' },
    { field: 'remindAt', type: 'datetime' },
    { field: 'description', type: 'textarea', max: 2000, span: 'full' },
  ],
  /** only when creating: whose task it is (default: mine) */
  assignee: { field: 'assigneeId', type: 'user' },
};

/** The views (today, next ...) are days in the user's time zone, which the server is told. */
export const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Where a task's record lives in the UI. */
export function subjectHref(type, id) {
  const base = { LEAD: 'leads', CUSTOMER: 'customers', OPPORTUNITY: 'opportunities', CONTRACT: 'contracts' }[type];
  return base && id ? `/app/${base}/${id}` : null;
}
