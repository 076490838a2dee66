import { getLocale } from '../../i18n/locale.js';

/** Something with an English and a Chinese title (topics, subjects, certifications). */
export type Titled = { title: string; titleZh: string };

/** The title in the interface language. */
export const titleOf = (t: Titled): string => (getLocale() === 'zh-Hans' && t.titleZh ? t.titleZh : t.title);

/**
 * A probability as a whole percentage in the interface language: 0.734 → "73%". A chance that is not zero
 * never reads as "0%" (it is "<1%"), nor a chance short of certain as "100%" (it is ">99%").
 */
export function percent(p: number): string {
  const f = new Intl.NumberFormat(getLocale(), { style: 'percent', maximumFractionDigits: 0 });
  const x = Math.min(1, Math.max(0, p));
  if (x > 0 && x < 0.005) return `<${f.format(0.01)}`;
  if (x < 1 && x >= 0.995) return `>${f.format(0.99)}`;
  return f.format(x);
}

/** A number of points with at most one decimal: 78.25 → "78.3". */
export const points = (n: number): string => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);

/** A calendar day ("YYYY-MM-DD", read as a local date) in the interface language: "5 Mar". */
export function shortDay(day: string, withYear = false): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  return new Intl.DateTimeFormat(getLocale(), {
    month: 'short',
    day: 'numeric',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(date);
}

/** Today as "YYYY-MM-DD" in local time. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from today to a calendar day (negative when it has passed). */
export function daysUntil(day: string, now = new Date()): number {
  const [y, m, d] = day.split('-').map(Number);
  const target = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const start = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((target - start) / 86_400_000);
}

/** "in 3 days", "tomorrow", "in 2 hours": when something falls due, in the interface language. */
export function relativeTime(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const rtf = new Intl.RelativeTimeFormat(getLocale(), { numeric: 'auto' });
  const minutes = Math.round(ms / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(Math.max(1, minutes), 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 60) return rtf.format(days, 'day');
  return rtf.format(Math.round(days / 30), 'month');
}

/** A stopwatch duration: 75 000 ms → "1:15", an hour or more → "1:02:05". */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Markdown reduced to plain text for places that cannot render it (a `<select>`'s options, labels). */
export const plainText = (markdown: string): string =>
  markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`$#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
