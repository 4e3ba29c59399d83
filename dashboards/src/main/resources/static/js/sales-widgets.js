// The sales widgets: brief tiles, KPI, trend, leaderboard, pool. Each returns a function that shows a pushed view;
// every clickable figure carries its drill-down (set by the server next to the figure) and opens the records panel.

function formats(lang) {
  return {
    count: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
    amount: new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
  };
}

function stamp(section, view, lang) {
  const time = section.querySelector('[data-updated-at]');
  if (view.updatedAt) {
    time.dataset.updatedAt = view.updatedAt;
    time.dateTime = view.updatedAt;
    time.textContent = new Date(view.updatedAt).toLocaleString(lang);
  }
}

function chartOf(section, onClick) {
  const element = section.querySelector('[data-chart]');
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(element);
  chart.on('click', onClick);
  return chart;
}

function cell(text, className, label) {
  const td = document.createElement('td');
  if (className) td.className = className;
  if (label) td.dataset.label = label;
  td.append(text);
  return td;
}

function drillButton(text, drill, title, open) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'stage-link';
  button.textContent = text;
  button.addEventListener('click', () => open(drill, title));
  return button;
}

export function briefWidget(section, { lang, open }) {
  const f = formats(lang);
  const text = (name) => section.dataset[`msg${name}`];
  let items = [];
  section.querySelector('[data-tiles]').addEventListener('click', (event) => {
    const tile = event.target.closest('[data-fact]');
    const item = tile && items.find((i) => i.fact === tile.dataset.fact);
    if (item) open(item.drill, tile.querySelector('.tile-label').textContent);
  });
  return (view) => {
    items = view.rows;
    for (const item of items) {
      const tile = section.querySelector(`[data-fact="${item.fact}"]`);
      const money = item.amount !== null && item.amount !== undefined;
      tile.dataset.count = String(item.count);
      tile.dataset.amount = money ? String(item.amount) : '';
      tile.dataset.previousCount = String(item.previousCount);
      const change = money ? item.amountChange : item.countChange;
      tile.dataset.change = change === null ? '' : String(change);
      tile.querySelector('[data-value]').textContent = money
        ? `${f.amount.format(Number(item.amount))} (${f.count.format(item.count)})` : f.count.format(item.count);
      const changeText = tile.querySelector('[data-change]');
      changeText.textContent = change === null ? '' : `${f.percent.format(Number(change))}%`;
      changeText.dataset.direction = change === null ? 'none' : Number(change) < 0 ? 'down' : 'up';
      const previous = money ? f.amount.format(Number(item.previousAmount)) : f.count.format(item.previousCount);
      tile.querySelector('[data-previous]').textContent = change === null && Number(money ? item.previousAmount : item.previousCount) === 0
        ? text('NoPrevious') : text('Previous').replace('{0}', previous);
    }
    stamp(section, view, lang);
  };
}

export function kpiWidget(section, { lang, open }) {
  const f = formats(lang);
  const table = section.querySelector('[data-table]');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  let rows = [];
  const chart = chartOf(section, (p) => rows[p.dataIndex] && open(rows[p.dataIndex].drill[p.seriesId], p.name));
  const name = (r) => (r.name ?? `#${r.id}`) + (r.kind === 'DEPARTMENT' ? ` · ${table.dataset.msgDepartment}` : '');
  const rate = (v) => (v === null ? '—' : `${f.amount.format(Number(v))}%`);
  return (view) => {
    rows = view.rows;
    chart.setOption(view.option, true);
    table.tBodies[0].replaceChildren(...rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = r.kind;
      tr.dataset.id = String(r.id);
      tr.dataset.contractActual = String(r.contractActual);
      tr.dataset.receiptActual = String(r.receiptActual);
      tr.append(cell(name(r), null, labels[0]), cell(f.amount.format(Number(r.contractTarget)), 'num', labels[1]),
        cell(drillButton(f.amount.format(Number(r.contractActual)), r.drill.contracts, `${name(r)} · ${labels[2]}`, open), 'num', labels[2]),
        cell(rate(r.contractRate), 'num', labels[3]), cell(f.amount.format(Number(r.receiptTarget)), 'num', labels[4]),
        cell(drillButton(f.amount.format(Number(r.receiptActual)), r.drill.receipts, `${name(r)} · ${labels[5]}`, open), 'num', labels[5]),
        cell(rate(r.receiptRate), 'num', labels[6]));
      return tr;
    }));
    stamp(section, view, lang);
  };
}

export function trendWidget(section, { lang, open }) {
  let months = [];
  const chart = chartOf(section, (p) => months[p.dataIndex] && open(months[p.dataIndex].drill[p.seriesId], `${p.seriesName} · ${p.name}`));
  return (view) => {
    months = view.rows.months;
    chart.setOption(view.option, true);
    section.dataset.year = String(view.rows.year);
    stamp(section, view, lang);
  };
}

export function leaderboardWidget(section, { lang, open }) {
  const f = formats(lang);
  const table = section.querySelector('[data-table]');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  let rows = [];
  const chart = chartOf(section, (p) => rows[p.dataIndex] && open(rows[p.dataIndex].drill[p.seriesId], `${p.name} · ${p.seriesName}`));
  return (view) => {
    rows = view.rows;
    chart.setOption(view.option, true);
    table.tBodies[0].replaceChildren(...rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.userId = String(r.userId);
      tr.dataset.contractAmount = String(r.contractAmount);
      tr.dataset.receiptAmount = String(r.receiptAmount);
      const who = r.name ?? `#${r.userId}`;
      tr.append(cell(String(r.rank), 'num', labels[0]), cell(who, null, labels[1]),
        cell(drillButton(f.amount.format(Number(r.contractAmount)), r.drill.contracts, `${who} · ${labels[2]}`, open), 'num', labels[2]),
        cell(drillButton(f.amount.format(Number(r.receiptAmount)), r.drill.receipts, `${who} · ${labels[3]}`, open), 'num', labels[3]));
      return tr;
    }));
    stamp(section, view, lang);
  };
}

export function poolWidget(section, { lang, open }) {
  let kinds = [];
  const chart = chartOf(section, (p) => kinds[p.dataIndex] && open(kinds[p.dataIndex].drill, p.name));
  return (view) => {
    kinds = view.rows;
    chart.setOption(view.option, true);
    for (const k of kinds) section.dataset[`count${k.kind}`] = String(k.count);
    stamp(section, view, lang);
  };
}

// A time in a step, in the largest unit that keeps it readable (days, hours, minutes), one decimal.
function duration(ms, section, lang) {
  if (ms === null || ms === undefined) return '—';
  const one = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const [unit, size] = ms >= 86400000 ? ['Day', 86400000] : ms >= 3600000 ? ['Hour', 3600000] : ['Minute', 60000];
  return section.dataset[`msg${unit}`].replace('{0}', one.format(ms / size));
}

export function funnelWidget(section, { lang, open }) {
  const f = formats(lang);
  const percent = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const table = section.querySelector('[data-table]');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  const stepNames = Object.fromEntries([...section.querySelector('template[data-steps]').content.children]
    .map((span) => [span.dataset.step, span.textContent]));
  let steps = [];
  const chart = chartOf(section, (p) => steps[p.dataIndex] && open(steps[p.dataIndex].drill, p.name));
  const name = (s) => s.stageName ?? (s.stageId ? `${stepNames.STAGE} #${s.stageId}` : stepNames[s.step]);
  return (view) => {
    steps = view.rows.steps;
    chart.setOption(view.option, true);
    table.tBodies[0].replaceChildren(...steps.map((s) => {
      const tr = document.createElement('tr');
      tr.dataset.step = s.step;
      if (s.stageId) tr.dataset.stageId = String(s.stageId);
      tr.dataset.entries = String(s.entries);
      tr.dataset.conversion = s.conversion === null ? '' : String(s.conversion);
      tr.dataset.backward = String(s.backwardMoves);
      tr.dataset.aside = String(s.aside);
      const title = s.aside ? `${name(s)} (${section.dataset.msgAside})` : name(s);
      tr.append(cell(title, null, labels[0]),
        cell(drillButton(f.count.format(s.entries), s.drill, `${name(s)} · ${labels[1]}`, open), 'num', labels[1]),
        cell(s.conversion === null ? '—' : `${percent.format(Number(s.conversion))}%`, 'num', labels[2]),
        cell(duration(s.medianMs, section, lang), 'num', labels[3]),
        cell(duration(s.p90Ms, section, lang), 'num', labels[4]),
        cell(s.stageId ? f.count.format(s.backwardMoves) : '—', 'num', labels[5]));
      return tr;
    }));
    stamp(section, view, lang);
  };
}

export function roiWidget(section, { lang, open }) {
  const f = formats(lang);
  const table = section.querySelector('[data-table]');
  const labels = [...table.tHead.rows[0].cells].map((th) => th.textContent);
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  let rows = [];
  const chart = chartOf(section, (p) => {
    const drill = rows[p.dataIndex] && rows[p.dataIndex].drill[p.seriesId];
    if (drill) open(drill, `${p.name} · ${p.seriesName}`);
  });
  // The switch keeps every other filter of this view: the URL carries them all.
  for (const link of section.querySelectorAll('[data-roi]')) {
    const params = new URLSearchParams(location.search);
    params.set('roi', link.dataset.roi);
    link.href = `${location.pathname}?${params}`;
  }
  return (view) => {
    rows = view.rows.campaigns;
    section.dataset.model = view.rows.model;
    for (const link of section.querySelectorAll('[data-roi]')) {
      link.setAttribute('aria-current', String(link.dataset.roi === view.rows.model));
    }
    chart.setOption(view.option, true);
    table.tBodies[0].replaceChildren(...rows.map((r) => {
      const c = r.campaign;
      const tr = document.createElement('tr');
      tr.dataset.campaignId = String(c.campaignId);
      for (const key of ['cost', 'leads', 'opportunities', 'won', 'wonAmount', 'contracts', 'contractAmount', 'receipts', 'received']) {
        tr.dataset[key] = String(c[key]);
      }
      tr.dataset.roi = r.roi === null ? '' : String(r.roi);
      const figure = (text, key, label) => drillButton(text, r.drill[key], `${c.name} · ${label}`, open);
      tr.append(cell(c.name, null, labels[0]),
        cell(`${day.format(new Date(c.startDate))} – ${day.format(new Date(c.endDate))}`, null, labels[1]),
        cell(f.amount.format(Number(c.cost)), 'num', labels[2]),
        cell(figure(f.count.format(c.leads), 'leads', labels[3]), 'num', labels[3]),
        cell(figure(`${f.count.format(c.opportunities)} · ${f.amount.format(Number(c.opportunityAmount))}`, 'opportunities', labels[4]), 'num', labels[4]),
        cell(figure(`${f.count.format(c.won)} · ${f.amount.format(Number(c.wonAmount))}`, 'won', labels[5]), 'num', labels[5]),
        cell(figure(`${f.count.format(c.contracts)} · ${f.amount.format(Number(c.contractAmount))}`, 'contracts', labels[6]), 'num', labels[6]),
        cell(figure(f.amount.format(Number(c.received)), 'received', labels[7]), 'num', labels[7]),
        cell(r.roi === null ? section.dataset.msgNoCost : `${f.amount.format(Number(r.roi) * 100)}%`, 'num', labels[8]));
      return tr;
    }));
    stamp(section, view, lang);
  };
}

// The forecast widgets: the pipeline by close month (stacked by category), receivables ageing, forecast vs actual.
// Their tables list the same figures as the charts; every figure with records behind it opens the records panel.

// A widget's figures table: its formats, the table and its column headings (a phone shows them next to each value).
function figuresTable(section, lang) {
  const table = section.querySelector('[data-table]');
  return { f: formats(lang), table, labels: [...table.tHead.rows[0].cells].map((th) => th.textContent) };
}

export function forecastWidget(section, { lang, open }) {
  const { f, table, labels } = figuresTable(section, lang);
  const names = Object.fromEntries([...section.querySelector('template[data-categories]').content.children]
    .map((span) => [span.dataset.category, span.textContent]));
  let months = [];
  const chart = chartOf(section, (p) => {
    const cell = months[p.dataIndex] && months[p.dataIndex].cells[p.seriesId];
    if (cell) open(cell.drill, `${p.name} · ${p.seriesName}`);
  });
  return (view) => {
    months = view.rows.months;
    chart.setOption(view.option, true);
    table.tBodies[0].replaceChildren(...months.flatMap((m) => Object.entries(m.cells)
      .filter(([, c]) => c.deals !== 0)
      .map(([category, c]) => {
        const tr = document.createElement('tr');
        Object.assign(tr.dataset, { month: m.month, category, deals: String(c.deals), amount: String(c.amount),
          weighted: String(c.weightedAmount) });
        const title = `${m.month} · ${names[category] ?? category}`;
        tr.append(cell(m.month, null, labels[0]), cell(names[category] ?? category, null, labels[1]),
          cell(drillButton(f.count.format(c.deals), c.drill, title, open), 'num', labels[2]),
          cell(f.amount.format(Number(c.amount)), 'num', labels[3]),
          cell(f.amount.format(Number(c.weightedAmount)), 'num', labels[4]));
        return tr;
      })));
    stamp(section, view, lang);
  };
}

export function receivablesWidget(section, { lang, open }) {
  const { f, table, labels } = figuresTable(section, lang);
  let buckets = [];
  const chart = chartOf(section, (p) => buckets[p.dataIndex] && open(buckets[p.dataIndex].drill, p.name));
  return (view) => {
    buckets = view.rows.buckets;
    chart.setOption(view.option, true);
    section.dataset.asOf = view.rows.asOf;
    section.dataset.outstanding = String(view.rows.outstanding);
    const names = view.option.xAxis[0]?.data ?? view.option.xAxis.data;
    table.tBodies[0].replaceChildren(...buckets.map((b, i) => {
      const tr = document.createElement('tr');
      Object.assign(tr.dataset, { bucket: b.bucket, plans: String(b.plans), outstanding: String(b.outstanding) });
      tr.append(cell(names[i], null, labels[0]),
        cell(drillButton(f.count.format(b.plans), b.drill, names[i], open), 'num', labels[1]),
        cell(f.amount.format(Number(b.outstanding)), 'num', labels[2]));
      return tr;
    }));
    stamp(section, view, lang);
  };
}

export function accuracyWidget(section, { lang, open }) {
  const { f, table, labels } = figuresTable(section, lang);
  const money = (v) => (v === null || v === undefined ? '—' : f.amount.format(Number(v)));
  let months = [];
  // Only the actual has records behind it: a snapshot keeps figures, not deals.
  const chart = chartOf(section, (p) => p.seriesId === 'actual' && months[p.dataIndex]
    && open(months[p.dataIndex].drill, `${p.name} · ${p.seriesName}`));
  return (view) => {
    months = view.rows.months;
    chart.setOption(view.option, true);
    section.dataset.year = String(view.rows.year);
    table.tBodies[0].replaceChildren(...months.filter((m) => m.forecast !== null || (m.won !== null && m.wonDeals > 0))
      .map((m) => {
        const tr = document.createElement('tr');
        Object.assign(tr.dataset, { month: m.month, forecast: m.forecast === null ? '' : String(m.forecast),
          won: m.won === null ? '' : String(m.won), wonDeals: String(m.wonDeals) });
        tr.append(cell(m.month, null, labels[0]), cell(money(m.forecast), 'num', labels[1]),
          cell(m.won === null ? '—' : drillButton(money(m.won), m.drill, `${m.month} · ${labels[2]}`, open), 'num', labels[2]),
          cell(m.attainment === null ? '—' : `${f.amount.format(Number(m.attainment))}%`, 'num', labels[3]));
        return tr;
      }));
    stamp(section, view, lang);
  };
}
