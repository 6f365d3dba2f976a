import { describe, expect, it } from 'vitest';
import { entireMetricsCollection as collection } from '@capsizecss/metrics/entireMetricsCollection';
import { fallbackFaceCss, fallbackFaces, LOCAL_FALLBACKS, RECORDED_METRICS } from './fallback-faces';

describe('fallback faces', () => {
  it.each(Object.entries(RECORDED_METRICS))('record %s as capsize measures it', (name, recorded) => {
    const measured = collection[name as keyof typeof collection] as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(recorded)) expect(measured[key], key).toBe(value);
  });

  it('offer one face per platform, sized to the web font, for each kind of stack', () => {
    // Fira Code's metrics (Twenty Twenty-Five's monospace font), read with @capsizecss/unpack.
    const fira = { ascent: 1050, descent: -350, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 600 };
    const faces = fallbackFaces('Fira Code', fira, 'mono');
    expect(faces.map((f) => f.family)).toEqual([
      'Fira Code fallback: Courier',
      'Fira Code fallback: Roboto Mono',
      'Fira Code fallback: DejaVu',
    ]);
    // Courier New is 1229/2048 em wide on average, Fira Code 600/1000: nearly the same width.
    expect(faces[0]).toMatchObject({ sizeAdjust: '99.9837%', ascent: '105.0171%', descent: '35.0057%' });
    expect(fallbackFaceCss(faces[0]!)).toBe(
      "@font-face{font-family: 'Fira Code fallback: Courier';" +
        "src: local('Courier New'), local('CourierNewPSMT'), local('Liberation Mono');" +
        'size-adjust: 99.9837%;ascent-override: 105.0171%;descent-override: 35.0057%;line-gap-override: 0%;}',
    );
    for (const kind of ['sans', 'serif', 'mono'] as const)
      expect(LOCAL_FALLBACKS[kind].at(-1)?.local).toEqual([
        { sans: 'DejaVu Sans', serif: 'DejaVu Serif', mono: 'DejaVu Sans Mono' }[kind],
      ]);
  });
});
