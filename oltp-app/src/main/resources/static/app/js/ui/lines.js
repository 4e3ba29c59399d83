// Product lines (contracts, a deal's products): product, quantity, unit price, discount % — with a live
// estimate of each line and the total. The server computes the amounts that count; the estimate only
// helps while typing. As a form control its value is [{productId, quantity, unitPrice, discount}].
import { h } from '../core/dom.js';
import { api, itemsOf } from '../core/api.js';
import { t, money, serverMessage } from '../core/i18n.js';
import { ValidationMessage } from './controls.js';

let products = null;
function loadProducts() {
  if (!products) {
    products = api.get('/api/v1/products', { size: 100, sort: 'name,asc' })
      .then((page) => itemsOf(page).filter((product) => product.active !== false))
      .catch(() => []);
  }
  return products;
}

const DECIMAL = /^\d+(\.\d+)?$/;

function parse(text) {
  const clean = String(text ?? '').replace(/[,\s¥]/g, '');
  return clean === '' ? null : (DECIMAL.test(clean) ? Number(clean) : NaN);
}

/** Cents, so that the estimate does not drift the way binary floats do. */
export function lineAmount(quantity, unitPrice, discount) {
  if (![quantity, unitPrice].every(Number.isFinite)) return null;
  const off = Number.isFinite(discount) ? discount : 0;
  return Math.round(quantity * unitPrice * (100 - off)) / 100;
}

export function linesControl(spec) {
  const body = h('tbody');
  const total = h('output', { class: 'lines-total', dataset: { total: '' } });
  const problems = h('ul', { class: 'field-error', hidden: true });
  const add = h('button', { type: 'button', class: 'btn btn-small', dataset: { action: 'add-line' } }, t('lines.add'));
  const el = h('div', { class: 'lines-editor' },
    h('div', { class: 'table-scroll' }, h('table', { class: 'data-table lines' },
      h('thead', {}, h('tr', {}, ['product', 'quantity', 'unitPrice', 'discount', 'lineAmount', ''].map((key) => h('th', { scope: 'col' }, key ? t(`lines.${key}`) : '')))),
      body)),
    h('div', { class: 'lines-footer' }, add, h('span', {}, t('lines.estimatedTotal'), ' ', total)), problems);
  const rows = [];

  function recompute() {
    let sum = 0;
    for (const row of rows) {
      const amount = lineAmount(parse(row.quantity.value), parse(row.unitPrice.value), parse(row.discount.value));
      row.amount.textContent = amount == null ? '—' : money(amount);
      if (amount != null) sum += Math.round(amount * 100);
    }
    total.textContent = money(sum / 100);
    total.dataset.total = (sum / 100).toFixed(2);
  }

  function addRow(line = {}) {
    const product = h('select', { 'aria-label': t('lines.product'), dataset: { col: 'productId' } }, h('option', { value: '' }, t('form.choose')));
    const quantity = h('input', { type: 'text', inputmode: 'decimal', value: line.quantity ?? 1, 'aria-label': t('lines.quantity'), dataset: { col: 'quantity' } });
    const unitPrice = h('input', { type: 'text', inputmode: 'decimal', value: line.unitPrice ?? '', 'aria-label': t('lines.unitPrice'), dataset: { col: 'unitPrice' } });
    const discount = h('input', { type: 'text', inputmode: 'decimal', value: line.discount ?? 0, 'aria-label': t('lines.discount'), dataset: { col: 'discount' } });
    const amount = h('td', { class: 'num' });
    const remove = h('button', { type: 'button', class: 'icon-button', 'aria-label': t('lines.remove') }, '×');
    const tr = h('tr', {}, h('td', {}, product), h('td', {}, quantity), h('td', {}, unitPrice), h('td', {}, discount), amount, h('td', {}, remove));
    const row = { tr, product, quantity, unitPrice, discount, amount };
    rows.push(row);
    body.append(tr);
    loadProducts().then((list) => {
      product.append(...list.map((p) => h('option', { value: p.id, dataset: { price: p.price ?? '' } }, `${p.name}${p.code ? ` (${p.code})` : ''}`)));
      if (line.productId != null) {
        if (!list.some((p) => p.id === line.productId)) product.append(h('option', { value: line.productId }, line.productName || `#${line.productId}`));
        product.value = String(line.productId);
      }
    });
    product.addEventListener('change', () => {
      const price = product.selectedOptions[0]?.dataset.price;
      if (price && unitPrice.value === '') unitPrice.value = price;
      recompute();
    });
    for (const input of [quantity, unitPrice, discount]) input.addEventListener('input', recompute);
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      tr.remove();
      recompute();
    });
    recompute();
  }
  add.addEventListener('click', () => addRow());

  return {
    el,
    input: null,
    /** null without lines: "no lines" is left out of the body (a contract from a deal takes the deal's) */
    get() {
      if (!rows.length) return null;
      return rows.map((row, index) => {
        const values = { productId: row.product.value ? Number(row.product.value) : null,
          quantity: parse(row.quantity.value), unitPrice: parse(row.unitPrice.value), discount: parse(row.discount.value) ?? 0 };
        for (const [key, value] of Object.entries(values)) {
          if (Number.isNaN(value)) throw new ValidationMessage(t('lines.invalid', { row: index + 1 }));
        }
        if (values.unitPrice == null && spec.priceOptional) delete values.unitPrice;
        return values;
      });
    },
    set(lines) {
      rows.splice(0).forEach((row) => row.tr.remove());
      (lines || []).forEach(addRow);
      if (!rows.length && spec.startWithOne !== false) addRow();
      recompute();
    },
    /** [{field: "lines[2].quantity", message}] */
    showErrors(list) {
      problems.hidden = false;
      for (const problem of list) {
        const match = /\[(\d+)]\.?(\w+)?/.exec(problem.field);
        const row = match ? rows[Number(match[1])] : null;
        const cell = row && match[2] ? row.tr.querySelector(`[data-col="${match[2]}"]`) : null;
        if (cell) cell.setAttribute('aria-invalid', 'true');
        problems.append(h('li', {}, `${match ? t('lines.row', { row: Number(match[1]) + 1 }) : ''} ${match?.[2] ? t(`lines.${match[2] === 'productId' ? 'product' : match[2]}`) : problem.field}: ${serverMessage(problem.message)}`));
      }
    },
    clearErrors() {
      problems.hidden = true;
      problems.replaceChildren();
      for (const input of el.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    },
  };
}
