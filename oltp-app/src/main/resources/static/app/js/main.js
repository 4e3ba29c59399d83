// Boots the reps' UI: dictionary and the logged-in user first, then the frame and the router.
import { mount } from './core/dom.js';
import { loadI18n, t } from './core/i18n.js';
import { loadMe } from './core/session.js';
import { startRouter } from './core/router.js';
import { mountShell } from './ui/layout.js';
import { ROUTES } from './routes.js';

const root = document.getElementById('app');

async function boot() {
  await Promise.all([loadI18n(document.body.dataset.lang), loadMe()]);
  document.title = t('app.title');
  // ?lang= has done its work on the server (cookie set): keep the address clean
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.delete('lang');
    window.history.replaceState({}, '', url.pathname + url.search);
  }
  const shell = mountShell(root);
  await startRouter(ROUTES, shell.outlet, shell.changed);
  document.body.dataset.ready = 'true';
}

boot().catch((error) => {
  if (error?.status === 401) return;
  console.error(error);
  const message = document.createElement('p');
  message.className = 'boot-message boot-failed';
  message.textContent = `${t('error.boot')} (${error?.message || error})`;
  mount(root, message);
});
