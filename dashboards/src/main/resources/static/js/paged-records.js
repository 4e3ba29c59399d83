// A panel listing the records behind a figure, a page at a time: the state shown to the user (loading, shown, empty,
// refused), the summary, the pager and the close button. What to fetch and how a row looks are the caller's; the
// server decides which records the viewer may see, the page only chooses which list and which page.

export const PAGE_SIZE = 20;

export function pagedRecords(section, { lang, titleElement, fetchPage, row, onUnauthorized, onView = () => {}, notFound = false }) {
  const text = (name) => section.dataset[`msg${name}`];
  const summary = section.querySelector('[data-summary]');
  const message = section.querySelector('[data-message]');
  const table = section.querySelector('table');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  const pageOf = section.querySelector('[data-page-of]');
  const previous = section.querySelector('[data-previous]');
  const next = section.querySelector('[data-next]');
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  let shown = null; // what is on screen: { key, page, view }
  let latest = 0; // answers to an older request are dropped

  function setState(state, note = '') {
    section.dataset.state = state;
    message.textContent = note;
    message.hidden = note === '';
  }

  async function load(key, page) {
    const mine = ++latest;
    shown = { key, page, view: shown?.key === key ? shown.view : null };
    setState('loading', text('Loading'));
    try {
      const response = await fetchPage(key, page);
      if (mine !== latest) return;
      if (response.status === 401) onUnauthorized();
      else if (!response.ok) refused(response.status);
      else render(key, await response.json());
    } catch (e) {
      if (mine === latest) refused(503);
    }
  }

  function refused(status) {
    table.tBodies[0].replaceChildren();
    table.hidden = true;
    pageOf.parentElement.hidden = true;
    summary.textContent = '';
    if (status === 404 && notFound) setState('notFound', text('NotFound'));
    else if (status === 403) setState('forbidden', text('Forbidden'));
    else setState('unavailable', text('Unavailable'));
  }

  function render(key, view) {
    const pages = Math.max(1, Math.ceil(view.totalItems / view.size));
    if (view.items.length === 0 && view.page > 0 && view.totalItems > 0) {
      load(key, pages - 1); // records left the list meanwhile: show its last page instead
      return;
    }
    shown = { key, page: view.page, view };
    onView(view);
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

  section.querySelector('[data-close]').addEventListener('click', () => {
    latest += 1;
    shown = null;
    section.hidden = true;
    setState('closed');
  });
  previous.addEventListener('click', () => shown && load(shown.key, shown.page - 1));
  next.addEventListener('click', () => shown && load(shown.key, shown.page + 1));

  return {
    text,
    amount,
    // Each cell carries its column's name, shown beside the value where a phone stacks the row's cells.
    cell(column, content, className) {
      const td = document.createElement('td');
      td.dataset.label = labels[column];
      if (className) td.className = className;
      td.append(content);
      return td;
    },
    // A link to the record in oltp-app, in a new tab; the name is text, never markup.
    link(href, title, name) {
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.title = title;
      a.textContent = name;
      return a;
    },
    open(key, heading) {
      shown = null;
      titleElement.textContent = heading;
      summary.textContent = '';
      section.hidden = false;
      load(key, 0);
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
      titleElement.focus({ preventScroll: true });
    },
    // Reads the page on screen again, when the figures behind it may have moved.
    reload() {
      if (shown && !section.hidden) load(shown.key, shown.page);
    },
    shown: () => shown,
    state: () => section.dataset.state,
  };
}
