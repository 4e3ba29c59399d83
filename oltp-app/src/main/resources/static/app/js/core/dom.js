// Building DOM without innerHTML: every text that came from the server stays text (no markup injection).

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'multiple', 'required',
  'readOnly', 'indeterminate', 'open']);

/**
 * h('button', {class: 'btn', onclick: fn, dataset: {id: 1}}, 'Save') — children may be strings,
 * numbers, nodes, arrays or null/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces the element's children. */
export function mount(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

export function debounce(fn, ms = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A unique id for label/input pairs. */
let sequence = 0;
export function uid(prefix = 'f') {
  sequence += 1;
  return `${prefix}-${sequence}`;
}
