// The manager's live pipeline page: load the chart once, then apply every pushed update in place.
import { renderFigures } from './figures-table.js';
import { follow } from './live-stream.js';
import { drillDown } from './drill-down.js';

const { lang, chartUrl, streamUrl, dealsUrl, loginUrl } = document.body.dataset;
const status = document.getElementById('status');
const chartElement = document.getElementById('pipeline-chart');
const table = document.getElementById('pipeline-figures');
const updatedAt = document.getElementById('updated-at');
const empty = document.getElementById('empty');

const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
new ResizeObserver(() => chart.resize()).observe(chartElement);

// A stage of the funnel, or its name in the table, lists the deals behind its figures.
const drill = drillDown(document.getElementById('drill-down'), { url: dealsUrl, lang, onUnauthorized: toLogin });
chart.on('click', (params) => {
  if (params.data && params.data.id) {
    drill.open(Number(params.data.id), params.name);
  }
});
table.addEventListener('click', (event) => {
  const stage = event.target.closest('[data-drill-stage]');
  if (stage) {
    drill.open(Number(stage.dataset.drillStage), stage.textContent);
  }
});

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
  drill.chartChanged(view.rows);
  empty.hidden = view.rows.length > 0;
  if (view.updatedAt) {
    updatedAt.dataset.updatedAt = view.updatedAt;
    updatedAt.dateTime = view.updatedAt;
    updatedAt.textContent = new Date(view.updatedAt).toLocaleString(lang);
  }
  setState('live');
}

// Logged out, revoked or expired: oltp-app's login page brings the browser back here afterwards.
function toLogin() {
  location.assign(`${loginUrl}?next=${encodeURIComponent(location.href)}`);
}

// true when the page may go on following the stream
async function load() {
  try {
    const response = await fetch(chartUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      toLogin();
      return false;
    }
    if (response.status === 403) {
      setState('forbidden');
      return false;
    }
    if (!response.ok) {
      setState('unavailable');
      return true;
    }
    show(await response.json());
  } catch (e) {
    setState('unavailable');
  }
  return true;
}

if (await load()) {
  const stop = follow(streamUrl, {
    // A stream refused outright may be a login that ended: the chart request tells which.
    onLost: (closed) => {
      if (closed) {
        load().then((goOn) => { if (!goOn) stop(); });
      } else if (status.dataset.state !== 'unavailable') {
        setState('reconnecting');
      }
    },
    onEvent: {
      pipeline: show,
      unavailable: () => setState('unavailable'),
      unauthorized: toLogin,
    },
  });
}
