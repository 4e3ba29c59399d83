// The follow-up writer and timeline of a record (跟进记录). On a customer the timeline shows everything
// written under it (its contacts, deals, contracts too): the caller passes that list endpoint.
import { h, mount } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, enumLabel, dateTime } from '../core/i18n.js';
import { can } from '../core/session.js';
import { ENUMS } from '../specs/enums.js';
import { buildForm } from './form.js';
import { refNode } from './format.js';
import { showError } from './errors.js';
import { toast } from './toast.js';

const FOLLOW_UP_FIELDS = [
  { field: 'kind', type: 'enum', enum: 'FollowUpKind', required: true, default: 'COMMUNICATION' },
  // how we talked: only a communication has one (the API refuses it on the other kinds)
  { field: 'method', type: 'enum', enum: 'FollowUpMethod', default: 'PHONE', required: true, when: (values) => values.kind === 'COMMUNICATION' },
  { field: 'content', type: 'textarea', required: true, max: 4000, span: 'full' },
  { field: 'occurredAt', type: 'datetime', required: true, default: () => new Date().toISOString() },
  { field: 'nextContactAt', type: 'datetime' },
];

/** {subjectType, subjectId, listPath?, onWritten?} → element */
export function followUpPanel({ subjectType, subjectId, listPath, onWritten }) {
  const list = h('ol', { class: 'timeline' });
  const more = h('button', { type: 'button', class: 'btn btn-small', hidden: true }, t('followUp.more'));
  const kindFilter = h('select', { class: 'table-filter', 'aria-label': t('field.kind'), dataset: { filter: 'kind' } },
    h('option', { value: '' }, t('followUp.allKinds')),
    ENUMS.FollowUpKind.map((kind) => h('option', { value: kind }, enumLabel('FollowUpKind', kind))));
  let page = 0;

  async function load(reset) {
    if (reset) { page = 0; list.replaceChildren(); }
    const query = { kind: kindFilter.value || null, page, size: 20 };
    const result = listPath ? await api.get(listPath, query) : await api.get('/api/v1/follow-ups', { subjectType, subjectId, ...query });
    const items = itemsOf(result);
    list.append(...items.map((item) => entry(item, subjectType)));
    if (!list.children.length) list.append(h('li', { class: 'empty' }, t('followUp.none')));
    more.hidden = Array.isArray(result) || page + 1 >= (result?.totalPages ?? 0);
  }
  const loadSafely = (reset) => load(reset).catch((error) => {
    mount(list, h('li', { class: 'empty' }, error.status === 404 ? t('table.unavailable') : t('table.failed')));
    if (error.status !== 404) showError(error);
  });
  kindFilter.addEventListener('change', () => loadSafely(true));
  more.addEventListener('click', () => { page += 1; loadSafely(false); });

  let writer = null;
  if (can('follow_up:create')) {
    const form = buildForm(FOLLOW_UP_FIELDS, {}, {
      ns: 'followUp',
      submitLabel: t('followUp.write'),
      onSubmit: async (values, formApi) => {
        try {
          await api.post('/api/v1/follow-ups', { subjectType, subjectId, ...values });
          toast(t('followUp.written'), 'success');
          formApi.control('content').set('');
          formApi.control('nextContactAt').set(null);
          formApi.control('occurredAt').set(new Date().toISOString());
          await loadSafely(true);
          if (onWritten) onWritten();
        } catch (error) {
          showError(error, { form: formApi });
        }
      },
    });
    form.el.classList.add('follow-up-writer');
    writer = h('details', { class: 'writer', open: true }, h('summary', {}, t('followUp.write')), form.el);
  }
  loadSafely(true);
  return h('div', { class: 'follow-ups', dataset: { subject: `${subjectType}:${subjectId}` } },
    writer, h('div', { class: 'timeline-toolbar' }, kindFilter), list, more);
}

function entry(item, ownSubjectType) {
  return h('li', { class: 'timeline-item', dataset: { id: item.id } },
    h('div', { class: 'timeline-meta' },
      h('span', { class: `badge badge-${String(item.kind).toLowerCase()}` }, enumLabel('FollowUpKind', item.kind)),
      item.method ? h('span', {}, enumLabel('FollowUpMethod', item.method)) : null,
      h('time', { datetime: item.occurredAt }, dateTime(item.occurredAt)),
      refNode('user', item.ownerId ?? item.authorId, item.ownerName ?? item.authorName, false),
      item.subjectType && item.subjectType !== ownSubjectType
        ? h('span', { class: 'muted' }, `${enumLabel('SubjectType', item.subjectType)} ${item.subjectName || `#${item.subjectId}`}`) : null),
    h('p', { class: 'timeline-content' }, item.content),
    item.nextContactAt ? h('p', { class: 'muted' }, t('followUp.nextContact', { time: dateTime(item.nextContactAt) })) : null);
}
