// The managers' dashboard: read every widget once for the URL's filters, then apply every pushed update in place.
import { follow } from './live-stream.js';
import { filterBar, filtersOf } from './filters.js';
import { recordsPanel } from './records.js';
import { pipelineWidget } from './pipeline-widget.js';
import { briefWidget, kpiWidget, trendWidget, leaderboardWidget, poolWidget } from './sales-widgets.js';
import { funnelWidget, roiWidget } from './sales-widgets.js';
import { forecastWidget, receivablesWidget, accuracyWidget } from './sales-widgets.js';

const { lang, dashboardUrl, streamUrl, filtersUrl, dealsUrl, drillUrl, loginUrl } = document.body.dataset;
const status = document.getElementById('status');
const rangeNote = document.getElementById('range-note');
const filters = filtersOf(location.search);
const query = new URLSearchParams({ lang, ...filters });

// Logged out, revoked or expired: oltp-app's login page brings the browser back here afterwards.
function toLogin() {
  location.assign(`${loginUrl}?next=${encodeURIComponent(location.href)}`);
}

const records = recordsPanel(document.getElementById('records'), { url: drillUrl, lang, filters, onUnauthorized: toLogin });
const open = (drill, heading) => records.open(drill, heading);
const section = (id) => document.getElementById(`widget-${id}`);
const widgets = {
  brief: briefWidget(section('brief'), { lang, open }),
  kpi: kpiWidget(section('kpi'), { lang, open }),
  trend: trendWidget(section('trend'), { lang, open }),
  leaderboard: leaderboardWidget(section('leaderboard'), { lang, open }),
  pool: poolWidget(section('pool'), { lang, open }),
  funnel: funnelWidget(section('funnel'), { lang, open }),
  roi: roiWidget(section('roi'), { lang, open }),
  forecast: forecastWidget(section('forecast'), { lang, open }),
  receivables: receivablesWidget(section('receivables'), { lang, open }),
  accuracy: accuracyWidget(section('accuracy'), { lang, open }),
  pipeline: pipelineWidget({ lang, dealsUrl, onUnauthorized: toLogin }),
};
const shownAt = {}; // per widget, the time of the data on screen, so an older view never replaces a newer one

function setState(state, detail = '') {
  status.dataset.state = state;
  status.textContent = status.dataset[`msg${state[0].toUpperCase()}${state.slice(1)}`].replace('{0}', detail);
}

function show(id, view) {
  const at = view.updatedAt ? Date.parse(view.updatedAt) : null;
  if (shownAt[id] != null && at !== null && at < shownAt[id]) return;
  shownAt[id] = at ?? shownAt[id] ?? null;
  widgets[id](view);
  if (id !== 'pipeline') records.refresh();
  setState('live');
}

function showRange(f) {
  rangeNote.textContent = rangeNote.dataset.msgRange.replace('{0}', f.from).replace('{1}', f.to)
    .replace('{2}', f.previousFrom).replace('{3}', f.previousTo);
  rangeNote.dataset.from = f.from;
  rangeNote.dataset.to = f.to;
}

// true when the page may go on following the stream
async function load() {
  try {
    const response = await fetch(`${dashboardUrl}?${query}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      toLogin();
      return false;
    }
    if (response.status === 403 || response.status === 400) {
      const problem = await response.json();
      if (response.status === 400) setState('badFilters', problem.detail ?? '');
      else setState(problem.code === 'out-of-scope' ? 'outOfScope' : 'forbidden');
      document.querySelector('.widgets').hidden = true;
      return false;
    }
    if (!response.ok) {
      setState('unavailable');
      return true;
    }
    const dashboard = await response.json();
    showRange(dashboard.filters);
    for (const [id, view] of Object.entries(dashboard.widgets)) if (widgets[id]) show(id, view);
  } catch (e) {
    setState('unavailable');
  }
  return true;
}

filterBar(document.getElementById('filters'), { url: filtersUrl, lang, filters });
if (await load()) {
  const onEvent = Object.fromEntries(Object.keys(widgets).map((id) => [id, (view) => show(id, view)]));
  const stop = follow(`${streamUrl}?${query}`, {
    // A stream refused outright may be a login that ended: the dashboard request tells which.
    onLost: (closed) => {
      if (closed) {
        load().then((goOn) => { if (!goOn) stop(); });
      } else if (status.dataset.state !== 'unavailable') {
        setState('reconnecting');
      }
    },
    onEvent: {
      ...onEvent,
      unavailable: () => setState('unavailable'),
      unauthorized: toLogin,
      forbidden: () => { setState('outOfScope'); stop(); },
    },
  });
}
