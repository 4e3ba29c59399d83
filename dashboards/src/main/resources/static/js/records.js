// The records panel: the rows behind any figure of the sales widgets, a page at a time, each linking to its record in
// oltp-app. The figure's widget said what to list (its drill); the page adds only its own filters and the page.
import { pagedRecords, PAGE_SIZE } from './paged-records.js';

export function recordsPanel(section, { url, lang, filters, onUnauthorized }) {
  const kinds = Object.fromEntries([...section.querySelector('template[data-kinds]').content.children]
    .map((span) => [span.dataset.kind, span.textContent]));
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });

  function fetchPage(drill, page) {
    const query = new URLSearchParams({ lang, page, size: PAGE_SIZE });
    for (const [key, value] of Object.entries(drill)) if (value !== null && value !== undefined) query.set(key, value);
    for (const key of ['dept', 'emp']) if (filters[key]) query.set(key, filters[key]);
    return fetch(`${url}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  }

  const panel = pagedRecords(section, {
    lang,
    titleElement: section.querySelector('[data-title]'),
    onUnauthorized,
    fetchPage,
    row(item) {
      const tr = document.createElement('tr');
      tr.dataset.recordId = String(item.id);
      const name = item.title || (item.category ? `${kinds[item.category] ?? item.category} #${item.id}` : `#${item.id}`);
      tr.append(panel.cell(0, item.link ? panel.link(item.link, panel.text('Open'), name) : name),
        panel.cell(1, day.format(new Date(item.day))), panel.cell(2, panel.amount.format(Number(item.amount)), 'num'),
        panel.cell(3, item.ownerName ?? (item.ownerId ? `#${item.ownerId}` : '—')));
      return tr;
    },
  });

  return {
    open(drill, heading) {
      panel.open(drill, heading);
    },
    // Figures moved: an open list is read again (the same page), so its total follows the figure clicked.
    refresh() {
      panel.reload();
    },
  };
}
