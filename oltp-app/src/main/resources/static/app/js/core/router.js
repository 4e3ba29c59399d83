// Client-side routes under /app (History API). The server answers the shell for each of them, so a
// reload or a shared link lands on the same screen. Pages are ES modules loaded on first use.
import { mount } from './dom.js';
import { can } from './session.js';

let routes = [];
let outlet = null;
let onChange = () => {};
let generation = 0;

function compile(path) {
  const names = [];
  const pattern = path.replace(/:(\w+)/g, (all, name) => {
    names.push(name);
    return '(\\d+)';
  });
  return { regex: new RegExp(`^${pattern}/?$`), names };
}

export function startRouter(table, element, changed) {
  routes = table.map((route) => ({ ...route, ...compile(route.path) }));
  outlet = element;
  onChange = changed || onChange;
  document.addEventListener('click', interceptLinks);
  window.addEventListener('popstate', render);
  return render();
}

export function navigate(path, { replace = false } = {}) {
  if (replace) window.history.replaceState({}, '', path);
  else window.history.pushState({}, '', path);
  return render();
}

/** Updates the query (filters, page, tab) without a new history entry or a re-render. */
export function replaceQuery(changes) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === '') url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  window.history.replaceState(window.history.state, '', url.pathname + url.search);
}

function interceptLinks(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link || link.target === '_blank' || link.hasAttribute('download') || link.dataset.reload !== undefined) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith('/app')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

function match(pathname) {
  for (const route of routes) {
    const found = route.regex.exec(pathname);
    if (found) {
      const params = Object.fromEntries(route.names.map((name, i) => [name, Number(found[i + 1])]));
      return { route, params };
    }
  }
  return null;
}

async function render() {
  generation += 1;
  const mine = generation;
  const url = new URL(window.location.href);
  const found = match(url.pathname);
  // every screen renders into its own element: late answers of a page left behind write nowhere visible
  const view = document.createElement('div');
  view.className = 'view';
  mount(outlet, view);
  window.scrollTo(0, 0);
  onChange(found ? found.route : null);
  const ctx = {
    params: found ? found.params : {},
    query: url.searchParams,
    view,
    alive: () => mine === generation,
  };
  const { notFound, forbidden } = await import('../pages/errors.js');
  if (!found) return notFound(ctx);
  if (found.route.perm && !can(found.route.perm)) return forbidden(ctx);
  try {
    const module = await found.route.page();
    const handler = module[found.route.view || 'default'];
    await handler(ctx);
  } catch (error) {
    if (mine !== generation) return undefined;
    // a refusal of the API (record gone, not allowed) is an answer, not a bug: only bugs go to the console
    if (error?.status === undefined) console.error(error);
    const { failed } = await import('../pages/errors.js');
    return failed(ctx, error);
  }
  return undefined;
}
