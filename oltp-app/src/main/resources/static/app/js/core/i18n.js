// Labels from /app/i18n/<lang>.json (zh-CN default, en complete) and locale-aware money and dates.
// The language is the server's (LocaleChangeInterceptor + PULSE_LANG cookie): the shell tells us which.

let dictionary = {};
export let language = 'zh-CN';

export async function loadI18n(lang) {
  language = lang === 'en' ? 'en' : 'zh-CN';
  const response = await fetch(`/app/i18n/${language}.json`, { credentials: 'same-origin' });
  dictionary = await response.json();
}

function lookup(key) {
  let node = dictionary;
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function has(key) {
  return lookup(key) !== undefined;
}

/** t('table.total', {count: 3}) — "{count}" placeholders; a missing key shows itself, visibly. */
export function t(key, params) {
  const text = lookup(key);
  if (text === undefined) return key;
  return params ? text.replace(/\{(\w+)}/g, (all, name) => (params[name] ?? all)) : text;
}

/** The first key that exists, e.g. a page's own label before the shared one. */
export function tFirst(keys, params) {
  const key = keys.find(has);
  return key ? t(key, params) : keys[keys.length - 1];
}

export function enumLabel(enumName, value) {
  if (value == null || value === '') return '';
  return lookup(`enum.${enumName}.${value}`) ?? String(value);
}

let serverPatterns = null;

/** "must be at most {max} characters" → a regex capturing max, and the translation to fill in. */
function patterns() {
  if (!serverPatterns) {
    serverPatterns = Object.entries(dictionary.serverMessage || {}).filter(([key]) => key.includes('{')).map(([key, text]) => {
      const names = [];
      const source = key.split(/(\{\w+})/).map((part) => {
        const name = /^\{(\w+)}$/.exec(part);
        if (name) { names.push(name[1]); return '(.+?)'; }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }).join('');
      return { regex: new RegExp(`^${source}$`), names, text };
    });
  }
  return serverPatterns;
}

/**
 * The server's validation messages are English; the common ones read in the user's language. Keys
 * are whole messages (they may contain dots), some with {placeholders} for the numbers in them.
 */
export function serverMessage(message) {
  if (!message) return '';
  const known = dictionary.serverMessage?.[message];
  if (typeof known === 'string') return known;
  for (const { regex, names, text } of patterns()) {
    const found = regex.exec(message);
    if (found) return text.replace(/\{(\w+)}/g, (all, name) => found[names.indexOf(name) + 1] ?? all);
  }
  return message;
}

const moneyFormats = new Map();
export function money(value) {
  if (value == null || value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value);
  if (!moneyFormats.has(language)) {
    moneyFormats.set(language, new Intl.NumberFormat(language, {
      style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2, maximumFractionDigits: 2,
    }));
  }
  return moneyFormats.get(language).format(number);
}

export function number(value, fractionDigits = 2) {
  if (value == null || value === '') return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: fractionDigits }).format(Number(value));
}

export function percent(value) {
  if (value == null || value === '') return '';
  return `${number(value)}%`;
}

/** A LocalDate "2026-12-31" is a calendar day: formatted without any time zone shift. */
export function date(value) {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
  if (Number.isNaN(day.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
}

/** An Instant, in the browser's time zone. */
export function dateTime(value) {
  if (!value) return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).format(instant);
}

/** The local calendar day of an instant as yyyy-MM-dd (for "today" comparisons and date inputs). */
export function localDay(value = new Date()) {
  const d = value instanceof Date ? value : new Date(value);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
