// The open-pipeline funnel widget: its chart, its figures table and its stage drill-down.
import { renderFigures } from './figures-table.js';
import { drillDown } from './drill-down.js';

export function pipelineWidget({ lang, dealsUrl, onUnauthorized }) {
  const chartElement = document.getElementById('pipeline-chart');
  const table = document.getElementById('pipeline-figures');
  const updatedAt = document.getElementById('updated-at');
  const empty = document.getElementById('empty');
  const chart = echarts.init(chartElement, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(chartElement);

  // A stage of the funnel, or its name in the table, lists the deals behind its figures.
  const drill = drillDown(document.getElementById('drill-down'), { url: dealsUrl, lang, onUnauthorized });
  chart.on('click', (params) => {
    if (params.data && params.data.id) drill.open(Number(params.data.id), params.name);
  });
  table.addEventListener('click', (event) => {
    const stage = event.target.closest('[data-drill-stage]');
    if (stage) drill.open(Number(stage.dataset.drillStage), stage.textContent);
  });

  return (view) => {
    chart.setOption(view.option);
    renderFigures(table, view.rows, lang);
    drill.chartChanged(view.rows);
    empty.hidden = view.rows.length > 0;
    if (view.updatedAt) {
      updatedAt.dataset.updatedAt = view.updatedAt;
      updatedAt.dateTime = view.updatedAt;
      updatedAt.textContent = new Date(view.updatedAt).toLocaleString(lang);
    }
  };
}
