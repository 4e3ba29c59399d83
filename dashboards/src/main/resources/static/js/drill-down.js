// The drill-down panel: the open deals behind one stage of the funnel, a page at a time, each linking to the deal
// in oltp-app. The server decides which deals the viewer may see; the page only chooses the stage and the page.

const SIZE = 20;

export function drillDown(section, { url, lang, onUnauthorized }) {
  const text = (name) => section.dataset[`msg${name}`];
  const title = section.querySelector('[data-stage-name]');
  const summary = section.querySelector('[data-summary]');
  const message = section.querySelector('[data-message]');
  const table = section.querySelector('table');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  const pageOf = section.querySelector('[data-page-of]');
  const previous = section.querySelector('[data-previous]');
  const next = section.querySelector('[data-next]');
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }); // a date, not an instant
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' });

  let shown = null; // the page on screen: { stageId, page, totalItems, totalAmount }
  let latest = 0; // answers to an older request are dropped

  function setState(state, note = '') {
    section.dataset.state = state;
    message.textContent = note;
    message.hidden = note === '';
  }

  async function load(stageId, page) {
    const mine = ++latest;
    setState('loading', text('Loading'));
    const query = new URLSearchParams({ stageId, page, size: SIZE, lang });
    try {
      const response = await fetch(`${url}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (mine !== latest) return;
      if (response.status === 401) {
        onUnauthorized();
      } else if (!response.ok) {
        refused(response.status);
      } else {
        render(await response.json());
      }
    } catch (e) {
      if (mine === latest) refused(503);
    }
  }

  function refused(status) {
    table.tBodies[0].replaceChildren();
    table.hidden = true;
    pageOf.parentElement.hidden = true;
    summary.textContent = '';
    if (status === 404) setState('notFound', text('NotFound'));
    else if (status === 403) setState('forbidden', text('Forbidden'));
    else setState('unavailable', text('Unavailable'));
  }

  function render(view) {
    const pages = Math.max(1, Math.ceil(view.totalItems / view.size));
    if (view.items.length === 0 && view.page > 0 && view.totalItems > 0) {
      load(view.stageId, pages - 1); // deals left the stage meanwhile: show its last page instead
      return;
    }
    shown = { stageId: view.stageId, page: view.page, totalItems: view.totalItems, totalAmount: Number(view.totalAmount) };
    title.textContent = view.stageName;
    section.dataset.stageId = String(view.stageId);
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
    tr.dataset.dealId = String(item.id);
    tr.dataset.amount = String(item.amount);
    const link = document.createElement('a');
    link.href = item.link;
    link.target = '_blank';
    link.rel = 'noopener';
    link.title = text('OpenDeal');
    link.textContent = item.name; // text, never markup
    tr.append(
      cell(0, link),
      cell(1, amount.format(Number(item.amount)), 'num'),
      cell(2, item.ownerName ?? `#${item.ownerId}`),
      cell(3, item.expectedCloseDate ? day.format(new Date(item.expectedCloseDate)) : '—'),
      cell(4, time.format(new Date(item.updatedAt))),
    );
    return tr;
  }

  // Each cell carries its column's name, shown beside the value where a phone stacks the row's cells.
  function cell(column, content, className) {
    const td = document.createElement('td');
    td.dataset.label = labels[column];
    if (className) td.className = className;
    td.append(content);
    return td;
  }

  section.querySelector('[data-close]').addEventListener('click', () => {
    latest += 1;
    shown = null;
    section.hidden = true;
    setState('closed');
  });
  previous.addEventListener('click', () => shown && load(shown.stageId, shown.page - 1));
  next.addEventListener('click', () => shown && load(shown.stageId, shown.page + 1));

  return {
    open(stageId, stageName) {
      shown = null;
      title.textContent = stageName;
      summary.textContent = '';
      section.hidden = false;
      load(stageId, 0);
      section.scrollIntoView({ block: 'start', behavior: 'smooth' });
      title.focus({ preventScroll: true });
    },
    // A new chart arrived: when the open stage's figures moved, its deals are read again (the same page).
    chartChanged(rows) {
      if (!shown || section.dataset.state !== 'shown' && section.dataset.state !== 'empty') return;
      const figures = rows.find((r) => r.stageId === shown.stageId);
      if (!figures || figures.openCount !== shown.totalItems || Number(figures.openAmount) !== shown.totalAmount) {
        load(shown.stageId, shown.page);
      }
    },
  };
}
