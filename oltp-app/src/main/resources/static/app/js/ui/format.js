// How a value of a field spec reads in a table cell or a detail view.
import { h } from '../core/dom.js';
import { t, enumLabel, money, date, dateTime, percent, number } from '../core/i18n.js';
import { refLabel, remember, kindOf } from '../core/refs.js';

/** A placeholder filled in when the referenced record's name arrives. */
export function refNode(kind, id, knownLabel, link = true) {
  if (id == null || id === '') return '';
  const spec = kindOf(kind);
  const href = link && spec?.href ? spec.href(id) : null;
  const node = href ? h('a', { href, class: 'ref' }, knownLabel || '…') : h('span', { class: 'ref' }, knownLabel || '…');
  if (knownLabel) remember(kind, id, knownLabel);
  else refLabel(kind, id).then((label) => { node.textContent = label; });
  return node;
}

/** spec: {field, type, enum, ref, nameField} ; row: the record. Answers a string or a node. */
export function formatValue(spec, row) {
  const value = spec.value ? spec.value(row) : row[spec.field];
  if (spec.render) return spec.render(row);
  switch (spec.type) {
    case 'money': return money(value);
    case 'percent': return percent(value);
    case 'number': case 'integer': return number(value);
    case 'date': return date(value);
    case 'datetime': return dateTime(value);
    case 'enum': return value == null ? '' : h('span', { class: `badge badge-${String(value).toLowerCase()}` }, enumLabel(spec.enum, value));
    case 'boolean': return value == null ? '' : (value ? t('common.yes') : t('common.no'));
    case 'user': return refNode('user', value, row[spec.nameField || spec.field.replace(/Id$/, 'Name')], false);
    case 'ref': return refNode(spec.ref, value, row[spec.nameField || spec.field.replace(/Id$/, 'Name')]);
    case 'select': return spec.ref ? refNode(spec.ref, value, row[spec.nameField || spec.field.replace(/Id$/, 'Name')]) : (value ?? '');
    default: return value == null ? '' : String(value);
  }
}
