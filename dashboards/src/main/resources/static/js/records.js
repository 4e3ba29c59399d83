// The records panel: the rows behind any figure of the sales widgets, a page at a time, each linking to its record in
// oltp-app. The figure's widget said what to list (its drill); the page adds only its own filters and the page.

const SIZE = 20;

export function recordsPanel(section, { url, lang, filters, onUnauthorized }) {
  const text = (name) => section.dataset[`msg${name}`];
  const title = section.querySelector('[data-title]');
  const summary = section.querySelector('[data-summary]');
  const message = section.querySelector('[data-message]');
  const table = section.querySelector('table');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  const kinds = Object.fromEntries([...section.querySelector('template[data-kinds]').content.children]
    .map((span) => [span.dataset.kind, span.textContent]));
  const pageOf = section.querySelector('[data-page-of]');
  const previous = section.querySelector('[data-previous]');
  const next = section.querySelector('[data-next]');
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  let shown = null; // { drill, page }
  let latest = 0;

  function setState(state, note = '') {
    section.dataset.state = state;
    message.textContent = note;
    message.hidden = note === '';
  }

  async function load(drill, page) {
    const mine = ++latest;
    shown = { drill, page };
    setState('loading', text('Loading'));
    const query = new URLSearchParams({ lang, page, size: SIZE });
    for (const [key, value] of Object.entries(drill)) if (value !== null && value !== undefined) query.set(key, value);
    for (const key of ['dept', 'emp']) if (filters[key]) query.set(key, filters[key]);
    try {
      const response = await fetch(`${url}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (mine !== latest) return;
      if (response.status === 401) return onUnauthorized();
      if (!response.ok) return refused(response.status);
      render(await response.json());
    } catch (e) {
      if (mine === latest) refused(503);
    }
  }

  function refused(status) {
    table.tBodies[0].replaceChildren();
    table.hidden = true;
    pageOf.parentElement.hidden = true;
    summary.textContent = '';
    setState(status === 403 ? 'forbidden' : 'unavailable', text(status === 403 ? 'Forbidden' : 'Unavailable'));
  }

  function render(view) {
    const pages = Math.max(1, Math.ceil(view.totalItems / view.size));
    section.dataset.totalItems = String(view.totalItems);
    section.dataset.totalAmount = String(view.totalAmount);
    summary.textContent = text('Summary').replace('{0}', count.format(view.totalItems))
      .replace('{1}', amount.format(Number(view.totalAmount)));
    table.tBodies[0].replaceChildren(...view.items.map(row));
    table.hidden = view.items.length === 0;
    pageOf.parentElement.hidden = pages < 2;
    pageOf.textContent = text('PageOf').replace('{0}', count.format(view.page + 1)).replace('{1}', count.format(pages));
    previous.disabled = view.page === 0;
    next.disabled = view.page + 1 >= pages;
    if (view.items.length === 0) setState('empty', text('Empty'));
    else setState('shown');
  }

  function row(item) {
    const tr = document.createElement('tr');
    tr.dataset.recordId = String(item.id);
    const name = item.title || (item.category ? `${kinds[item.category] ?? item.category} #${item.id}` : `#${item.id}`);
    let first = name;
    if (item.link) {
      first = document.createElement('a');
      first.href = item.link;
      first.target = '_blank';
      first.rel = 'noopener';
      first.title = text('Open');
      first.textContent = name; // text, never markup
    }
    tr.append(td(0, first), td(1, day.format(new Date(item.day))), td(2, amount.format(Number(item.amount)), 'num'),
      td(3, item.ownerName ?? (item.ownerId ? `#${item.ownerId}` : '—')));
    return tr;
  }

  function td(column, content, className) {
    const cell = document.createElement('td');
    cell.dataset.label = labels[column];
    if (className) cell.className = className;
    cell.append(content);
    return cell;
  }

  section.querySelector('[data-close]').addEventListener('click', () => {
    latest += 1;
    shown = null;
    section.hidden = true;
    setState('closed');
  });
  previous.addEventListener('click', () => shown && load(shown.drill, shown.page - 1));
  next.addEventListener('click', () => shown && load(shown.drill, shown.page + 1));

  return {
    open(drill, heading) {
      title.textContent = heading;
      summary.textContent = '';
      section.hidden = false;
      load(drill, 0);
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
      title.focus({ preventScroll: true });
    },
    // Figures moved: an open list is read again (the same page), so its total follows the figure clicked.
    refresh() {
      if (shown && !section.hidden) load(shown.drill, shown.page);
    },
  };
}
