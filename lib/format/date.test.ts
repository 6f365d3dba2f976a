import { describe, expect, it } from 'vitest';
import { currentYear, formatDate, isoDate } from './date';

describe('formatDate', () => {
  it('shows the date in the site’s time zone, not the server’s', () => {
    const lateEvening = '2026-11-20T23:30:00Z';
    expect(formatDate(lateEvening, 'Europe/Lisbon')).toBe('November 20, 2026');
    expect(formatDate(lateEvening, 'Asia/Tokyo')).toBe('November 21, 2026');
    expect(isoDate(lateEvening, 'Asia/Tokyo')).toBe('2026-11-21');
  });

  it('honours fixed offsets and falls back to UTC for unknown zones', () => {
    expect(formatDate('2026-11-20T20:00:00Z', '+05:30')).toBe('November 21, 2026');
    expect(formatDate('2026-11-20T23:30:00Z', 'Mars/Olympus')).toBe('November 20, 2026');
  });

  it('gives the year in the site’s zone at new year', () => {
    expect(currentYear('Asia/Tokyo', new Date('2026-12-31T20:00:00Z'))).toBe('2027');
    expect(currentYear('Europe/Lisbon', new Date('2026-12-31T20:00:00Z'))).toBe('2026');
  });
});

describe('formatters made once', () => {
  it('gives the same answers when asked again, zone after zone (the formatters are kept)', () => {
    const instant = '2026-11-20T23:30:00Z';
    for (let round = 0; round < 3; round++) {
      expect(formatDate(instant, 'Asia/Tokyo')).toBe('November 21, 2026');
      expect(formatDate(instant, 'Europe/Lisbon', 'pt-PT')).toBe('20 de novembro de 2026');
      expect(formatDate(instant, 'Mars/Olympus')).toBe('November 20, 2026');
      expect(isoDate(instant, 'Europe/Lisbon')).toBe('2026-11-20');
    }
  });

  it('keeps working after many distinct zones and locales (the kept set is bounded, not broken)', () => {
    for (let i = 0; i < 400; i++)
      formatDate('2026-11-20T12:00:00Z', `+0${i % 10}:00`, `en-u-nu-latn-x-k${i}`);
    expect(formatDate('2026-11-20T23:30:00Z', 'Asia/Tokyo')).toBe('November 21, 2026');
  });
});
