// The drill-down panel: the open deals behind one stage of the funnel, a page at a time, each linking to the deal
// in oltp-app. The server decides which deals the viewer may see; the page only chooses the stage and the page.
import { pagedRecords, PAGE_SIZE } from './paged-records.js';

export function drillDown(section, { url, lang, onUnauthorized }) {
  const title = section.querySelector('[data-stage-name]');
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }); // a date, not an instant
  const time = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'short' });

  const panel = pagedRecords(section, {
    lang,
    titleElement: title,
    notFound: true,
    onUnauthorized,
    fetchPage: (stageId, page) => fetch(`${url}?${new URLSearchParams({ stageId, page, size: PAGE_SIZE, lang })}`,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' }),
    onView(view) {
      title.textContent = view.stageName;
      section.dataset.stageId = String(view.stageId);
    },
    row(item) {
      const tr = document.createElement('tr');
      tr.dataset.dealId = String(item.id);
      tr.dataset.amount = String(item.amount);
      tr.append(
        panel.cell(0, panel.link(item.link, panel.text('OpenDeal'), item.name)),
        panel.cell(1, panel.amount.format(Number(item.amount)), 'num'),
        panel.cell(2, item.ownerName ?? `#${item.ownerId}`),
        panel.cell(3, item.expectedCloseDate ? day.format(new Date(item.expectedCloseDate)) : '—'),
        panel.cell(4, time.format(new Date(item.updatedAt))),
      );
      return tr;
    },
  });

  return {
    open(stageId, stageName) {
      panel.open(stageId, stageName);
    },
    // A new chart arrived: when the open stage's figures moved, its deals are read again (the same page).
    chartChanged(rows) {
      const shown = panel.shown();
      if (!shown?.view || panel.state() !== 'shown' && panel.state() !== 'empty') return;
      const figures = rows.find((r) => r.stageId === shown.key);
      if (!figures || figures.openCount !== shown.view.totalItems
          || Number(figures.openAmount) !== Number(shown.view.totalAmount)) {
        panel.reload();
      }
    },
  };
}
