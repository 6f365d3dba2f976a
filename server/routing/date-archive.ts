import type { DatePeriod } from '@/lib/wordpress';

/**
 * A date archive path's segments (`2026`, `2026/11`, `2026/11/20`) as a period, or null when the
 * segments are not one. Months and days take WordPress's two digits; impossible dates are null.
 */
export function parseDatePeriod(segments: string[]): DatePeriod | null {
  if (segments.length < 1 || segments.length > 3) return null;
  const [y, m, d] = segments;
  if (!y || !/^\d{4}$/.test(y)) return null;
  const year = Number(y);
  if (m === undefined) return { year };
  if (!/^\d{2}$/.test(m)) return null;
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { year, month };
  if (!/^\d{2}$/.test(d)) return null;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}

/** The period's archive path, page 1. */
export function datePeriodPath({ year, month, day }: DatePeriod): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `/${[String(year), month && pad(month), day && pad(day)].filter(Boolean).join('/')}/`;
}

/** "2026", "November 2026", "November 20, 2026", in the site's language. */
export function datePeriodTitle({ year, month, day }: DatePeriod, locale: string): string {
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : month !== undefined
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
