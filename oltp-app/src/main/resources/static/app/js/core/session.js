// Who is logged in (GET /api/v1/me) and what their permissions allow the UI to show.
import { api } from './api.js';

export let me = null;

export async function loadMe() {
  me = await api.get('/api/v1/me');
  return me;
}

/** Shows a button or a page only if the permission allows it; the server checks again regardless. */
export function can(permission) {
  if (!permission) return true;
  if (!me) return false;
  return me.superAdmin || (me.permissions || []).includes(permission);
}

export async function logout() {
  try {
    await api.post('/api/v1/auth/logout');
  } finally {
    window.location.assign('/login');
  }
}
