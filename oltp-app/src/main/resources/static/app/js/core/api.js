// The one way the UI talks to the server: same-origin fetch with the session cookie, the CSRF header on
// changes, RFC 9457 problems turned into ApiError, and a lost session sent back to the login page.

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ApiError extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.code = problem.code || null;
    /** [{field, message}] */
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  }

  get notFound() { return this.status === 404; }
  get stale() { return this.status === 409 && this.code === 'stale-version'; }
}

function cookie(name) {
  const prefix = `${name}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

function queryString(query) {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value == null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function loginUrl() {
  return `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;
}

let leaving = false;

async function send(method, path, { body, query, signal } = {}, retried = false) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (!SAFE.has(method)) {
    const token = cookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(path + queryString(query), {
      method, headers, body: payload, credentials: 'same-origin', signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'network' });
  }
  if (response.status === 401) {
    if (!leaving) {
      leaving = true;
      window.location.assign(loginUrl());
    }
    throw new ApiError(401, { code: 'unauthenticated' });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    // A first change before the XSRF-TOKEN cookie existed: the refusal has just set it, try once more.
    if (response.status === 403 && problem.code === 'csrf' && !retried && cookie('XSRF-TOKEN')) {
      return send(method, path, { body, query, signal }, true);
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

async function json(method, path, options) {
  const response = await send(method, path, options);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const api = {
  get: (path, query, signal) => json('GET', path, { query, signal }),
  post: (path, body) => json('POST', path, { body }),
  put: (path, body) => json('PUT', path, { body }),
  delete: (path) => json('DELETE', path),
  upload: (path, formData) => json('POST', path, { body: formData }),

  /** GET a file (export) and hand it to the browser as a download; errors surface as ApiError. */
  async download(path, query, fallbackName) {
    const response = await send('GET', path, { query });
    const blob = await response.blob();
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = match ? decodeURIComponent(match[1]) : fallbackName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
};

/** A list endpoint's items whether it answers a page {items, ...} or a bare array. */
export function itemsOf(result) {
  if (Array.isArray(result)) return result;
  return result && Array.isArray(result.items) ? result.items : [];
}
