// `npm run fonts:faces`: writes styles/font-faces.css — the @font-face rules of the web fonts
// Pressfront ships — and the files cut for them in styles/fonts/. One rule per script subset the
// font packages carry (latin, latin-ext, cyrillic, greek, vietnamese…), each with its
// `unicode-range`. A browser downloads a subset only when the page has a character in its range:
// an English or Portuguese page costs the latin file alone, as before, while a Polish, Turkish,
// Czech, Vietnamese, Russian or Greek one gets its letters in the theme's font instead of single
// letters in a fallback font inside words.
//
// The rules come from the packages' own CSS (@fontsource-variable), with what we change: our
// loading policy (`font-display: optional`, see below), and only the axes and styles the themes use
// (weight; Source Serif's italic, Inter's is never used). The files are the packages', cut along
// the weight axis (HarfBuzz's instancer, through subset-font): the weights the themes set text in
// (components/web-fonts/shipped-fonts.ts, 400–900) in one file per subset and style, a quarter smaller than the
// whole axis, generated into styles/fonts/ with the licence beside them and checked in
// (scripts/fonts/files.test.ts keeps them current). The weights outside that range keep a face of
// their own on the package's own file, so that no weight a post asks for is lost (a hand-set
// `font-weight: 300`): only a page that asks for one downloads it. A family whose licence reserves
// its name (Source Serif: "Source") is not cut — a cut file is a Modified Version under the OFL,
// which may not carry that name — and ships as its package has it.
//
// How they load (issue 16, figures in BENCHMARKS.md): never preloaded, so the page's text and its
// lead image come first on a slow link; `optional`, so a font that is not there within the first
// ~100 ms is not swapped in later — nothing on the page moves (CLS 0 by construction, whatever the
// reader's fallback font and whatever the theme's small caps); it is cached for the next page. Until
// then text is in a local font sized to take the web font's room (styles/font-fallbacks.css).
// scripts/fonts/faces.test.ts keeps the file current.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkitten';
import { type WebFont, webFontClass, webFonts } from '@/components/web-fonts/shipped-fonts';
import { generatedCss, isRun, writeWhenRun } from './generated-css';

const root = path.join(__dirname, '..', '..');

export interface WebFontFamily {
  /** The family, its CSS variable and its class (components/web-fonts/shipped-fonts.ts). */
  font: WebFont;
  pkg: string;
  /** The package's stylesheets to take the rules from (one per style). */
  stylesheets: string[];
}

export const webFontFamilies: WebFontFamily[] = [
  {
    font: webFonts.inter,
    pkg: '@fontsource-variable/inter',
    stylesheets: ['wght.css'],
  },
  {
    font: webFonts.sourceSerif,
    pkg: '@fontsource-variable/source-serif-4',
    stylesheets: ['wght.css', 'wght-italic.css'],
  },
];

/**
 * The name a font's licence reserves, if any (SIL OFL "Reserved Font Name"), from its package's
 * LICENSE and its copyright notice. A cut file is a Modified Version under the OFL, and a Modified
 * Version may not be called by a reserved name: such a family is shipped whole, as the package has it.
 */
export function reservedFontName(texts: string[]): string | undefined {
  for (const text of texts) {
    const match = /Reserved Font Names?\s*["'‘“]([^"'’”]+)["'’”]/i.exec(text);
    if (match) return match[1];
  }
  return undefined;
}

/** The licence texts of a family: its package's LICENSE preamble, and a file's copyright notice. */
export function licenceTexts(pkg: string, file: string): string[] {
  const licence = readFileSync(path.join(root, 'node_modules', pkg, 'LICENSE'), 'utf8');
  const font = create(readFileSync(file)) as { name?: { records: { copyright?: unknown } } };
  const copyright = font.name?.records.copyright;
  const notices =
    typeof copyright === 'string' ? [copyright] : Object.values((copyright ?? {}) as Record<string, string>);
  // The preamble holds the copyright lines; the licence text after it only defines the term.
  return [licence.split('This Font Software is licensed')[0] ?? '', ...notices];
}

export interface Face {
  /** The package's name for it, e.g. inter-latin-ext-wght-normal. */
  name: string;
  style: string;
  weight: string;
  file: string;
  unicodeRange: string;
}

/** The @font-face rules of one of the package's stylesheets. */
export function parseFaces(css: string): Face[] {
  const faces: Face[] = [];
  for (const [, name, body] of css.matchAll(/\/\*\s*([\w-]+)\s*\*\/\s*@font-face\s*\{([^}]*)\}/g)) {
    const descriptor = (prop: string) => new RegExp(`${prop}:\\s*([^;]+);`).exec(body ?? '')?.[1]?.trim();
    const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body ?? '')?.[1];
    const [style, weight, unicodeRange] = [
      descriptor('font-style'),
      descriptor('font-weight'),
      descriptor('unicode-range'),
    ];
    if (!name || !file || !style || !weight || !unicodeRange)
      throw new Error(`unexpected @font-face: ${name}`);
    faces.push({ name, style, weight, file, unicodeRange });
  }
  return faces;
}

/** One of our faces: a part of a package face's weight axis, in a file of its own. */
export interface WeightFace {
  /** The family it belongs to (components/web-fonts/shipped-fonts.ts). */
  font: WebFont;
  /** The package it comes from. */
  pkg: string;
  /** e.g. inter-latin-wght-400-900-normal. */
  name: string;
  style: string;
  unicodeRange: string;
  weights: { min: number; max: number };
  /** The package's file it is cut from. */
  source: string;
  /** Its file: the themes' weights instanced in styles/fonts/, the others the package's own. */
  file: string;
}

/** A face's weight axis, from its `font-weight` descriptor ("100 900"). */
export function weightAxis(face: Pick<Face, 'name' | 'weight'>): { min: number; max: number } {
  const [min, max = min] = face.weight.split(/\s+/).map(Number);
  if (min === undefined || max === undefined || !Number.isInteger(min) || !Number.isInteger(max) || min > max)
    throw new Error(`unexpected font-weight in ${face.name}: ${face.weight}`);
  return { min, max };
}

/** The parts of an axis to cut: the themes' weights, and what lies below or above them. */
export function weightParts(
  axis: { min: number; max: number },
  used: { min: number; max: number },
): { min: number; max: number }[] {
  const main = { min: Math.max(axis.min, used.min), max: Math.min(axis.max, used.max) };
  if (main.min > main.max)
    throw new Error(`the axis ${axis.min}–${axis.max} has none of ${used.min}–${used.max}`);
  return [
    ...(axis.min < main.min ? [{ min: axis.min, max: main.min - 1 }] : []),
    main,
    ...(main.max < axis.max ? [{ min: main.max + 1, max: axis.max }] : []),
  ];
}

export const fontsDir = path.join(root, 'styles', 'fonts');

/** Every face Pressfront declares, in the order of its rules. */
export function weightFaces(): WeightFace[] {
  const faces: WeightFace[] = [];
  for (const { font, pkg, stylesheets } of webFontFamilies) {
    const packageFaces = stylesheets.flatMap((stylesheet) =>
      parseFaces(readFileSync(path.join(root, 'node_modules', pkg, stylesheet), 'utf8')),
    );
    const sourceOf = (face: Face) => path.join(root, 'node_modules', pkg, 'files', face.file);
    // One licence for the family: read it (and one file's notice) once.
    const first = packageFaces[0];
    const whole = first !== undefined && reservedFontName(licenceTexts(pkg, sourceOf(first))) !== undefined;
    for (const face of packageFaces) {
      const axis = weightAxis(face);
      for (const weights of whole ? [axis] : weightParts(axis, font.weights)) {
        const name = face.name.replace(/-wght-/, `-wght-${weights.min}-${weights.max}-`);
        if (name === face.name) throw new Error(`not a weight-axis face: ${face.name}`);
        const cut = !whole && weights.min === font.weights.min;
        faces.push({
          font,
          pkg,
          name,
          style: face.style,
          unicodeRange: face.unicodeRange,
          weights,
          source: sourceOf(face),
          file: cut ? path.join(fontsDir, `${name}.woff2`) : sourceOf(face),
        });
      }
    }
  }
  return faces;
}

/** A face's file: the package's, instanced to the face's weights (every glyph kept). */
export async function instanceFace(face: Pick<WeightFace, 'source' | 'weights'>): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(readFileSync(face.source), undefined, {
    keepAllGlyphs: true,
    targetFormat: 'woff2',
    variationAxes: { wght: face.weights },
    // The licence's description and address travel with the font where the package's file has them.
    preserveNameIds: [13, 14],
  });
}

/**
 * The licences that go beside the cut files (the OFL asks every copy, modified or not, to carry
 * its copyright notice — kept in the files — and the licence): each package's LICENSE, as it is.
 */
export function licenceFiles(): { source: string; file: string }[] {
  return [...new Set(instancedFaces().map((face) => face.pkg))].map((pkg) => ({
    source: path.join(root, 'node_modules', pkg, 'LICENSE'),
    file: path.join(fontsDir, `${path.basename(pkg)}.LICENSE.txt`),
  }));
}

export const faceCssFile = path.join(root, 'styles', 'font-faces.css');

/** A file as the stylesheet names it, relative to it. */
const cssUrl = (file: string) => {
  const relative = path.relative(path.dirname(faceCssFile), file).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

/** The faces whose files are ours (instanced), not the packages'. */
export const instancedFaces = () => weightFaces().filter((face) => path.dirname(face.file) === fontsDir);

export async function faceCss(): Promise<string> {
  const rules = weightFaces().map((face) =>
    [
      `/* ${face.name} */`,
      '@font-face {',
      `  font-family: '${face.font.family}';`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.weights.min} ${face.weights.max};`,
      '  font-display: optional;',
      `  src: url('${cssUrl(face.file)}') format('woff2');`,
      `  unicode-range: ${face.unicodeRange};`,
      '}',
    ].join('\n'),
  );
  // Until the browser has the font (components/web-fonts/shipped-fonts.ts), the stack starts with its sized fallbacks.
  const variables = webFontFamilies.map(({ font }) => `  ${font.variable}: var(${font.variable}-fallbacks);`);
  const inUse = webFontFamilies.map(
    ({ font }) => `:root.${webFontClass(font)} {\n  ${font.variable}: '${font.family}';\n}`,
  );
  return generatedCss(
    faceCssFile,
    'Generated by scripts/fonts/faces.ts (`npm run fonts:faces`)',
    rules,
    variables,
    inUse,
  );
}

/** Writes the faces' files that changed and removes those no rule names. */
async function writeFontFiles(): Promise<void> {
  mkdirSync(fontsDir, { recursive: true });
  const faces = instancedFaces();
  const licences = licenceFiles();
  const wanted = new Set([...faces, ...licences].map((entry) => path.basename(entry.file)));
  for (const { source, file } of licences) writeFileSync(file, readFileSync(source));
  for (const face of faces) {
    const bytes = await instanceFace(face);
    const before = existsSync(face.file) ? readFileSync(face.file) : undefined;
    if (before?.equals(bytes)) continue;
    writeFileSync(face.file, bytes);
    console.log(`${path.relative(process.cwd(), face.file)} written (${bytes.length} bytes)`);
  }
  for (const file of readdirSync(fontsDir))
    if (!wanted.has(file)) {
      rmSync(path.join(fontsDir, file));
      console.log(`${path.relative(process.cwd(), path.join(fontsDir, file))} removed`);
    }
}

writeWhenRun(__filename, faceCssFile, faceCss);
if (isRun(__filename))
  writeFontFiles().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
