// The figures table: one row per stage, raw values in data-* attributes (stable for tests and
// scripts), formatted text for people.

const FIELDS = ['openCount', 'openAmount', 'weightedAmount'];

export function renderFigures(table, rows, lang) {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const amount = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const format = (field, value) => (field === 'openCount' ? count : amount).format(Number(value));

  const body = table.tBodies[0];
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr');
    tr.dataset.stageId = String(row.stageId);
    tr.dataset.position = String(row.position);
    tr.dataset.stageName = row.stageName;
    const name = document.createElement('th');
    name.scope = 'row';
    // the stage opens its drill-down: a button, so keyboards and phones reach it as well as the funnel's click
    const open = document.createElement('button');
    open.type = 'button';
    open.className = 'stage-link';
    open.dataset.drillStage = String(row.stageId);
    open.title = table.dataset.msgShowDeals;
    open.textContent = row.stageName; // text, never markup
    name.append(open);
    tr.append(name);
    for (const field of FIELDS) {
      tr.dataset[field] = String(row[field]);
      tr.append(cell(field, format(field, row[field])));
    }
    return tr;
  }));

  const total = table.querySelector('tfoot tr[data-total]');
  for (const field of FIELDS) {
    const sum = rows.reduce((acc, row) => acc + Number(row[field]), 0);
    total.dataset[field] = String(field === 'openCount' ? sum : sum.toFixed(2));
    total.querySelector(`[data-field="${field}"]`).textContent = format(field, sum);
  }
}

function cell(field, text) {
  const td = document.createElement('td');
  td.className = 'num';
  td.dataset.field = field;
  td.textContent = text;
  return td;
}
