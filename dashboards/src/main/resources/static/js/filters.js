// The filter bar. The URL carries the filters (shareable); the form submits them as a new URL. The department and
// employee lists hold only what the viewer's scope covers (the server's answer); the server checks them again.

export const FILTER_KEYS = ['period', 'from', 'to', 'dept', 'emp', 'kpi', 'roi'];

export function filtersOf(search) {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTER_KEYS.filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
}

export async function filterBar(form, { url, lang, filters }) {
  for (const key of FILTER_KEYS) {
    const field = form.querySelector(`[data-filter="${key}"]`);
    if (field && filters[key] && field.tagName !== 'SELECT') field.value = filters[key];
  }
  const period = form.querySelector('[data-filter="period"]');
  period.value = filters.period ?? (filters.from || filters.to ? 'custom' : 'month');
  form.querySelector('[data-filter="kpi"]').value = filters.kpi ?? '';
  const custom = () => form.querySelectorAll('[data-custom]').forEach((l) => { l.hidden = period.value !== 'custom'; });
  period.addEventListener('change', custom);
  custom();
  // Empty fields are left out of the URL, so a shared view says only what was chosen.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams({ lang });
    for (const key of FILTER_KEYS) {
      const field = form.querySelector(`[data-filter="${key}"]`);
      if (field.value && !(period.value !== 'custom' && (key === 'from' || key === 'to'))) params.set(key, field.value);
    }
    location.assign(`${location.pathname}?${params}`);
  });
  try {
    const response = await fetch(`${url}?lang=${encodeURIComponent(lang)}`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const options = await response.json();
    fill(form.querySelector('[data-filter="dept"]'), tree(options.departments), filters.dept);
    fill(form.querySelector('[data-filter="emp"]'), options.employees.map((e) => [e.id, e.name]), filters.emp);
  } catch (e) {
    // the lists stay at "all in my scope"; the figures do not depend on them
  }
}

// Departments in tree order, indented under their parent.
function tree(departments) {
  const children = new Map();
  for (const d of departments) {
    const key = d.parentId ?? 'root';
    if (!children.has(key)) children.set(key, []);
    children.get(key).push(d);
  }
  const out = [];
  const walk = (key, depth) => (children.get(key) ?? []).forEach((d) => {
    out.push([d.id, `${'\u3000'.repeat(depth)}${d.name}`]);
    walk(d.id, depth + 1);
  });
  walk('root', 0);
  return out;
}

function fill(select, options, chosen) {
  for (const [id, name] of options) {
    const option = document.createElement('option');
    option.value = String(id);
    option.textContent = name; // text, never markup
    select.append(option);
  }
  if (chosen) select.value = chosen;
}
