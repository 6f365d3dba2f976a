// Which way a language is written, for <html dir>: right to left for the scripts that are (Arabic,
// Hebrew, Persian, Urdu…), else left to right. WordPress's site language decides it.

const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

export type Direction = 'ltr' | 'rtl';

export function textDirection(language: string): Direction {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}
