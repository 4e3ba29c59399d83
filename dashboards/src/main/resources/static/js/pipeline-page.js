// The manager's live pipeline page: load the chart once, then apply every pushed update in place.
import { renderFigures } from './figures-table.js';
import { follow } from './live-stream.js';

const { lang, chartUrl, streamUrl } = document.body.dataset;
const status = document.getElementById('status');
const chartElement = document.getElementById('pipeline-chart');
const table = document.getElementById('pipeline-figures');
const updatedAt = document.getElementById('updated-at');
const empty = document.getElementById('empty');

const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
new ResizeObserver(() => chart.resize()).observe(chartElement);

let shownAt = null; // time of the data on screen, so an older view never replaces a newer one

function setState(state) {
  status.dataset.state = state;
  status.textContent = status.dataset[`msg${state[0].toUpperCase()}${state.slice(1)}`];
}

function show(view) {
  const at = view.updatedAt ? Date.parse(view.updatedAt) : null;
  if (shownAt !== null && at !== null && at < shownAt) {
    return;
  }
  shownAt = at ?? shownAt;
  chart.setOption(view.option);
  renderFigures(table, view.rows, lang);
  empty.hidden = view.rows.length > 0;
  if (view.updatedAt) {
    updatedAt.dataset.updatedAt = view.updatedAt;
    updatedAt.dateTime = view.updatedAt;
    updatedAt.textContent = new Date(view.updatedAt).toLocaleString(lang);
  }
  setState('live');
}

async function load() {
  try {
    const response = await fetch(chartUrl, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      setState('unavailable');
      return;
    }
    show(await response.json());
  } catch (e) {
    setState('unavailable');
  }
}

await load();
follow(streamUrl, {
  onLost: () => { if (status.dataset.state !== 'unavailable') setState('reconnecting'); },
  onEvent: {
    pipeline: show,
    unavailable: () => setState('unavailable'),
  },
});
