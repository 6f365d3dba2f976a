import { describe, expect, it } from 'vitest';
import { datePeriodPath, datePeriodTitle, parseDatePeriod } from './date-archive';

describe('date archive paths', () => {
  it('reads a year, a month and a day as WordPress writes them', () => {
    expect(parseDatePeriod(['2026'])).toEqual({ year: 2026 });
    expect(parseDatePeriod(['2026', '11'])).toEqual({ year: 2026, month: 11 });
    expect(parseDatePeriod(['2024', '02', '29'])).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('is not a date archive for impossible dates or other shapes', () => {
    for (const segments of [
      [],
      ['26'],
      ['2026', '13'],
      ['2026', '1'],
      ['2026', '00'],
      ['2025', '02', '29'],
      ['2026', '11', '31'],
      ['2026', '11', '20', 'x'],
      ['2026', 'hello'],
      ['about'],
    ]) {
      expect(parseDatePeriod(segments), segments.join('/')).toBeNull();
    }
  });

  it('writes the period back as its path and names it in the site language', () => {
    expect(datePeriodPath({ year: 2026, month: 3, day: 7 })).toBe('/2026/03/07/');
    expect(datePeriodPath({ year: 2026 })).toBe('/2026/');
    expect(datePeriodTitle({ year: 2026, month: 11 }, 'en-US')).toBe('November 2026');
    expect(datePeriodTitle({ year: 2026, month: 11, day: 20 }, 'en-US')).toBe('November 20, 2026');
    expect(datePeriodTitle({ year: 2026, month: 11 }, 'pt-PT')).toBe('novembro de 2026');
  });
});
