// Fallback faces for a web font: @font-face rules over fonts readers' devices already have,
// resized (size-adjust) and re-spaced (ascent/descent/line-gap overrides) to take the web font's
// room, so text shows at once and does not move when the web font arrives (CLS). next/font's
// formula, for every platform: Pressfront's own fonts at build time (scripts/fonts/fallbacks.ts)
// and the site design's fonts when WordPress names them (lib/wordpress/design/font-fallbacks.ts).

/** A font's metrics, in font units (as @capsizecss/unpack reads them from a file). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

export type FallbackKind = 'sans' | 'serif' | 'mono';

interface LocalFont {
  /** The names local() tries, in order. */
  local: string[];
  /** Short, for the fallback family's name. */
  label: string;
  metrics: FontMetrics;
}

// Recorded from @capsizecss/metrics 4.3 (lib/fonts/fallback-faces.test.ts holds them to it) and,
// for DejaVu, which that collection lacks, read with @capsizecss/unpack from Debian's
// fonts-dejavu-core 2.37. Recorded, so the server needs no 4 MB metrics collection at run time.
const ARIAL = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
const ROBOTO = { ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 911 };
const HELVETICA = { ascent: 1577, descent: -471, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 913 };
const TIMES = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
const GEORGIA = { ascent: 1878, descent: -449, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 913 };
const NOTO_SERIF = { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 481 };
const COURIER = { ascent: 1705, descent: -615, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1229 };
const ROBOTO_MONO = { ascent: 2146, descent: -555, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1229 };
const DEJAVU_SANS = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 };
const DEJAVU_SERIF = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 };
const DEJAVU_MONO = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1233 };

export const RECORDED_METRICS = {
  arial: ARIAL,
  roboto: ROBOTO,
  helvetica: HELVETICA,
  timesNewRoman: TIMES,
  georgia: GEORGIA,
  notoSerif: NOTO_SERIF,
  courierNew: COURIER,
  robotoMono: ROBOTO_MONO,
} as const;

/** The local fonts tried, in order: Windows, Android, Apple, Linux. Liberation has Arial's, Times's and Courier's metrics. */
export const LOCAL_FALLBACKS: Record<FallbackKind, readonly LocalFont[]> = {
  sans: [
    { local: ['Arial', 'ArialMT', 'Liberation Sans'], label: 'Arial', metrics: ARIAL },
    { local: ['Roboto'], label: 'Roboto', metrics: ROBOTO },
    { local: ['Helvetica'], label: 'Helvetica', metrics: HELVETICA },
    { local: ['DejaVu Sans'], label: 'DejaVu', metrics: DEJAVU_SANS },
  ],
  serif: [
    { local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif'], label: 'Times', metrics: TIMES },
    { local: ['Georgia'], label: 'Georgia', metrics: GEORGIA },
    { local: ['Noto Serif'], label: 'Noto Serif', metrics: NOTO_SERIF },
    { local: ['DejaVu Serif'], label: 'DejaVu', metrics: DEJAVU_SERIF },
  ],
  mono: [
    { local: ['Courier New', 'CourierNewPSMT', 'Liberation Mono'], label: 'Courier', metrics: COURIER },
    { local: ['Roboto Mono'], label: 'Roboto Mono', metrics: ROBOTO_MONO },
    { local: ['DejaVu Sans Mono'], label: 'DejaVu', metrics: DEJAVU_MONO },
  ],
};

const percent = (value: number) => `${(value * 100).toFixed(4).replace(/\.?0+$/, '')}%`;

/** The overrides that make `fallback` take `font`'s room (next/font's formula, per fallback). */
export function overrides(font: FontMetrics, fallback: FontMetrics) {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust: percent(sizeAdjust),
    ascent: percent(font.ascent / em),
    descent: percent(Math.abs(font.descent) / em),
    lineGap: percent(font.lineGap / em),
  };
}

export interface FallbackFace {
  /** The fallback's own family name, e.g. `Inter fallback: Arial`. */
  family: string;
  local: readonly string[];
  sizeAdjust: string;
  ascent: string;
  descent: string;
  lineGap: string;
}

/** One fallback face per platform for the web font `name` of `kind`, in the order a stack lists them. */
export function fallbackFaces(name: string, metrics: FontMetrics, kind: FallbackKind): FallbackFace[] {
  return LOCAL_FALLBACKS[kind].map((fallback) => ({
    family: `${name} fallback: ${fallback.label}`,
    local: fallback.local,
    ...overrides(metrics, fallback.metrics),
  }));
}

/** The @font-face rule of a fallback face (`indent` for the generated stylesheet's layout). */
export function fallbackFaceCss(face: FallbackFace, layout: 'pretty' | 'compact' = 'compact'): string {
  const lines = [
    `font-family: '${face.family}';`,
    `src: ${face.local.map((name) => `local('${name}')`).join(', ')};`,
    `size-adjust: ${face.sizeAdjust};`,
    `ascent-override: ${face.ascent};`,
    `descent-override: ${face.descent};`,
    `line-gap-override: ${face.lineGap};`,
  ];
  return layout === 'pretty'
    ? ['@font-face {', ...lines.map((line) => `  ${line}`), '}'].join('\n')
    : `@font-face{${lines.join('')}}`;
}
