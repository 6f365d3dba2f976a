import { BoundedMap } from '../util/bounded-map';

const LOCALE = 'en-US';
const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

// Making an Intl.DateTimeFormat costs far more than using one (a time zone's rules and a locale's
// patterns are loaded each time): made per render, they were a tenth of a warm page's server CPU.
// A site has one zone and one language, so a handful of formatters serve every page. Bounded:
// zones and locales come from WordPress, and a misbehaving one must not grow this forever.
const formatters = new BoundedMap<string, Intl.DateTimeFormat>({ maxEntries: 256 });

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/** A UTC instant as the site shows dates ("November 20, 2026"), in the site's time zone and language. */
export function formatDate(isoUtc: string, timeZone: string, locale = LOCALE): string {
  const { instant, zone } = inZone(new Date(isoUtc), timeZone);
  let format: Intl.DateTimeFormat;
  try {
    format = formatter(locale, { dateStyle: 'long', timeZone: zone });
  } catch {
    format = formatter(LOCALE, { dateStyle: 'long', timeZone: zone });
  }
  return format.format(instant);
}

/** The calendar date in the site's zone, for <time datetime>. */
export function isoDate(isoUtc: string, timeZone: string): string {
  const { instant, zone } = inZone(new Date(isoUtc), timeZone);
  // en-CA formats as YYYY-MM-DD.
  return formatter('en-CA', { timeZone: zone }).format(instant);
}

/** The current year in the site's time zone, for copyright lines. */
export function currentYear(timeZone: string, now = new Date()): string {
  const { instant, zone } = inZone(now, timeZone);
  return formatter(LOCALE, { year: 'numeric', timeZone: zone }).format(instant);
}

/**
 * WordPress sites use an IANA zone or a fixed UTC offset ("+05:30"), which this Node's Intl does
 * not take: shift the instant by the offset and format it as UTC. Unknown zones fall back to UTC
 * rather than taking the page down.
 */
function inZone(instant: Date, timeZone: string): { instant: Date; zone: string } {
  const offset = FIXED_OFFSET.exec(timeZone);
  if (offset) {
    const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
    return { instant: new Date(instant.getTime() + minutes * 60_000), zone: 'UTC' };
  }
  try {
    formatter(LOCALE, { timeZone });
    return { instant, zone: timeZone };
  } catch {
    return { instant, zone: 'UTC' };
  }
}

/** A UTC instant as the site's wall-clock time, "YYYY-MM-DDTHH:mm:ss" (what WordPress's `post_date` holds). */
export function localDateTime(isoUtc: string, timeZone: string): string {
  const { instant, zone } = inZone(new Date(isoUtc), timeZone);
  const parts = Object.fromEntries(
    formatter('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}
