// Short messages in a corner that disappear by themselves (errors stay a little longer).
import { h } from '../core/dom.js';

let region = null;

export function toast(message, kind = 'info', timeout = kind === 'error' ? 7000 : 3500) {
  if (!region) {
    region = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(region);
  }
  const item = h('div', { class: `toast toast-${kind}` }, message);
  region.append(item);
  setTimeout(() => item.remove(), timeout);
  return item;
}
