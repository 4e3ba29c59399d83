// The list component of every page: search, filters, sortable columns, paging, row selection with bulk
// actions, and cards instead of rows on a phone (CSS, from each cell's data-label). Its state (q,
// filters, page, sort) lives in the URL query, so back/forward and reloads keep it.
import { h, mount } from '../core/dom.js';
import { t, number } from '../core/i18n.js';
import { can } from '../core/session.js';
import { replaceQuery } from '../core/router.js';
import { createControl } from './controls.js';
import { fieldLabel } from './form.js';
import { formatValue } from './format.js';
import { showError } from './errors.js';

const SIZES = [10, 20, 50, 100];

/**
 * dataTable({ns, columns, filters, load(params), rowHref, selectable, bulkActions:[{key, label, perm, run(rows, table)}],
 *            toolbar:[nodes], defaultSort, query (URLSearchParams), urlState, emptyText, search})
 * → {el, reload(), selected(), clearSelection(), criteria()}
 */
export function dataTable(options) {
  const {
    ns, columns, filters = [], load, rowHref, selectable = false, bulkActions = [], toolbar = [],
    defaultSort = null, query = new URLSearchParams(), urlState = true, search = true, emptyText,
  } = options;
  const state = {
    q: query.get('q') || '',
    page: Number(query.get('page') || 0),
    size: Number(query.get('size') || 20),
    sort: query.get('sort') || defaultSort,
    filters: Object.fromEntries(filters.map((f) => [f.field, query.get(f.field) || null])),
  };
  const selected = new Map();
  const actions = bulkActions.filter((action) => can(action.perm));

  const searchInput = search ? h('input', {
    type: 'search', class: 'table-search', placeholder: t('table.search'), value: state.q, 'aria-label': t('table.search'),
  }) : null;
  const filterControls = filters.map((spec) => {
    const control = createControl({ ...spec, required: false, emptyLabel: t('table.all') });
    control.set(state.filters[spec.field]);
    control.el.setAttribute('aria-label', fieldLabel(spec, ns));
    control.el.classList.add('table-filter');
    control.el.dataset.filter = spec.field;
    control.el.addEventListener('change', () => {
      state.filters[spec.field] = control.get();
      state.page = 0;
      refresh();
    });
    return h('label', { class: 'filter' }, h('span', {}, fieldLabel(spec, ns)), control.el);
  });
  const selectionBar = h('div', { class: 'selection-bar', hidden: true });
  const head = h('thead');
  const body = h('tbody');
  const table = h('table', { class: 'data-table' }, head, body);
  const status = h('div', { class: 'table-status', role: 'status' });
  const pager = h('nav', { class: 'pager', 'aria-label': t('table.pages') });
  const el = h('section', { class: 'table-card', dataset: { table: ns || '' } },
    h('div', { class: 'table-toolbar' }, searchInput, filterControls, h('div', { class: 'spacer' }), toolbar),
    selectionBar, h('div', { class: 'table-scroll' }, table), status, pager);

  if (searchInput) {
    let timer;
    searchInput.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => { state.q = searchInput.value.trim(); state.page = 0; refresh(); }, 300);
    });
  }

  function renderHead(rows) {
    const cells = columns.map((column) => {
      const label = fieldLabel(column, ns);
      if (!column.sortable) return h('th', { scope: 'col' }, label);
      const [field, direction] = (state.sort || '').split(',');
      const active = field === (column.sortField || column.field);
      const next = active && direction !== 'desc' ? 'desc' : 'asc';
      return h('th', { scope: 'col', 'aria-sort': active ? (direction === 'desc' ? 'descending' : 'ascending') : 'none' },
        h('button', {
          type: 'button', class: ['sort', active && `sort-${direction || 'asc'}`], dataset: { sort: column.sortField || column.field },
          onclick: () => { state.sort = `${column.sortField || column.field},${next}`; state.page = 0; refresh(); },
        }, label));
    });
    if (selectable) {
      const all = h('input', {
        type: 'checkbox', 'aria-label': t('table.selectPage'),
        checked: rows.length > 0 && rows.every((row) => selected.has(row.id)),
        onchange: () => {
          for (const row of rows) if (all.checked) selected.set(row.id, row); else selected.delete(row.id);
          renderBody(rows);
          renderSelection();
        },
      });
      cells.unshift(h('th', { class: 'select-cell' }, all));
    }
    mount(head, h('tr', {}, cells));
  }

  function renderBody(rows) {
    mount(body, ...rows.map((row) => {
      const cells = columns.map((column, index) => {
        let content = formatValue(column, row);
        if (index === 0 && rowHref) content = h('a', { href: rowHref(row), class: 'row-link' }, content || `#${row.id}`);
        return h('td', { dataset: { label: fieldLabel(column, ns), field: column.field }, class: column.type === 'money' ? 'num' : null }, content);
      });
      if (selectable) {
        cells.unshift(h('td', { class: 'select-cell' }, h('input', {
          type: 'checkbox', 'aria-label': t('table.selectRow'), checked: selected.has(row.id), dataset: { id: row.id },
          onchange: (event) => {
            if (event.target.checked) selected.set(row.id, row); else selected.delete(row.id);
            renderHead(rows);
            renderSelection();
          },
        })));
      }
      return h('tr', { dataset: { id: row.id } }, cells);
    }));
  }

  function renderSelection() {
    selectionBar.hidden = !selectable || selected.size === 0;
    mount(selectionBar, h('span', {}, t('table.selected', { count: selected.size })),
      ...actions.map((action) => h('button', {
        type: 'button', class: ['btn', 'btn-small', action.kind && `btn-${action.kind}`], dataset: { action: action.key },
        onclick: async () => {
          try {
            const changed = await action.run([...selected.values()], api);
            if (changed) { selected.clear(); refresh(); }
          } catch (error) { showError(error); }
        },
      }, action.label)),
      h('button', { type: 'button', class: 'btn btn-small btn-link', onclick: () => { selected.clear(); refresh(); } }, t('table.clearSelection')));
  }

  function renderPager(page) {
    const total = page.totalItems ?? 0;
    const pages = Math.max(page.totalPages ?? 1, 1);
    // a capped total is a lower bound: the server stopped counting there
    const totalText = page.totalCapped ? t('table.totalCapped', { count: number(total, 0) }) : t('table.total', { count: number(total, 0) });
    const lastPage = page.totalCapped ? (page.items?.length ?? 0) < state.size : state.page + 1 >= pages;
    const go = (target) => { state.page = target; refresh(); };
    const size = h('select', { 'aria-label': t('table.pageSize'), onchange: (e) => { state.size = Number(e.target.value); state.page = 0; refresh(); } },
      SIZES.map((n) => h('option', { value: n, selected: n === state.size }, t('table.perPage', { count: n }))));
    mount(pager, h('span', { class: 'pager-total' }, totalText),
      h('button', { type: 'button', class: 'btn btn-small', disabled: state.page <= 0, onclick: () => go(state.page - 1), dataset: { page: 'prev' } }, t('table.previous')),
      // with a capped total the number of pages is unknown too
      h('span', { class: 'pager-page' }, page.totalCapped ? t('table.pageOfMany', { page: state.page + 1 })
        : t('table.pageOf', { page: state.page + 1, pages })),
      h('button', { type: 'button', class: 'btn btn-small', disabled: lastPage, onclick: () => go(state.page + 1), dataset: { page: 'next' } }, t('table.next')),
      size);
  }

  let request = 0;
  async function refresh() {
    const mine = ++request;
    if (urlState) {
      replaceQuery({ q: state.q, page: state.page || null, size: state.size === 20 ? null : state.size,
        sort: state.sort === defaultSort ? null : state.sort, ...state.filters });
    }
    el.classList.add('loading');
    status.textContent = t('table.loading');
    try {
      // the default order is the server's own (it matches its indexes); only a chosen one is sent
      const page = await load({ q: state.q || null, page: state.page, size: state.size,
        sort: state.sort === defaultSort ? null : state.sort, ...state.filters });
      if (mine !== request) return;
      const rows = Array.isArray(page) ? page : page.items || [];
      renderHead(rows);
      renderBody(rows);
      status.textContent = rows.length ? '' : (emptyText || t('table.empty'));
      status.className = rows.length ? 'table-status' : 'table-status empty';
      renderPager(Array.isArray(page) ? { totalItems: rows.length, totalPages: 1 } : page);
      renderSelection();
    } catch (error) {
      if (mine !== request) return;
      renderHead([]);
      body.replaceChildren();
      pager.replaceChildren();
      status.className = 'table-status empty';
      if (error.status === 404) status.textContent = t('table.unavailable');
      else { status.textContent = t('table.failed'); showError(error); }
    } finally {
      if (mine === request) el.classList.remove('loading');
    }
  }

  const api = {
    el,
    reload: refresh,
    selected: () => [...selected.values()],
    clearSelection: () => { selected.clear(); renderSelection(); },
    /** the search and filters as shown (no paging): what "everything matching" means to an export */
    criteria: () => ({ q: state.q || null, ...state.filters }),
  };
  refresh();
  return api;
}
