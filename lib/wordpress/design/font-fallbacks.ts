import { fallbackFaces, type FallbackKind, type FontMetrics } from '../../fonts/fallback-faces';
import type { DesignFontFace, DesignPreset, SiteDesign } from './types';

// A design font that is not in the browser's cache is not waited for (font-face-css.ts: optional):
// the reader's first page shows in a local font. So that it looks like the design — the same
// line lengths, the same line heights — each design font family gets fallback faces sized from its
// own file's metrics, listed in its stacks right after it. The metrics come from the family's
// regular face, read once per file.

/** Reads a font file's metrics; null when it cannot (the family then keeps its stack as it was). */
export type ReadFontMetrics = (url: string) => Promise<FontMetrics | null>;

const familyName = (entry: string) =>
  entry
    .trim()
    .replace(/^["']|["']$/g, '')
    .toLowerCase();

/** The kind of local font a stack falls back to, by its generic family. */
function kindOf(stack: string): FallbackKind {
  const generics = stack.split(',').map(familyName);
  if (generics.includes('monospace')) return 'mono';
  if (generics.includes('serif')) return 'serif';
  return 'sans';
}

/** The face that stands for a family: upright and at the regular weight if it has one. */
function regularFace(faces: DesignFontFace[]): DesignFontFace | undefined {
  const covers400 = (weight: string) => {
    const [low, high = low] = weight.split(' ').map(Number);
    return low !== undefined && low <= 400 && 400 <= high!;
  };
  return (
    faces.find((f) => f.style === 'normal' && covers400(f.weight)) ??
    faces.find((f) => f.style === 'normal') ??
    faces[0]
  );
}

/** The families the design has files for that have no sized fallbacks (a file could not be read). */
export function unsizedFamilies(design: SiteDesign): string[] {
  const sized = new Set(design.fontFallbacks.map((f) => f.family.toLowerCase()));
  return [...new Set(design.fontFaces.map((f) => f.family))].filter(
    (family) => !sized.has(family.toLowerCase()),
  );
}

/** `stack` with `names` right after `family`, wherever the stack lists it. */
export function withFallbackNames(stack: string, family: string, names: readonly string[]): string {
  const entries = stack.split(',');
  const at = entries.findIndex((entry) => familyName(entry) === family.toLowerCase());
  if (at === -1) return stack;
  const quoted = names.map((name) => `"${name}"`);
  return [
    ...entries.slice(0, at + 1).map((e) => e.trim()),
    ...quoted,
    ...entries.slice(at + 1).map((e) => e.trim()),
  ].join(', ');
}

/** The first family a stack names: the one a preset's faces are for. */
const leadFamily = (preset: DesignPreset) => familyName(preset.value.split(',')[0] ?? '');

/**
 * The design with fallback faces for each font family it has files for, and those faces named in
 * every stack that lists the family (presets, their custom properties, the root styles).
 */
export async function withFontFallbacks(design: SiteDesign, read: ReadFontMetrics): Promise<SiteDesign> {
  const found = await Promise.all(
    design.fontFamilies.map(async (preset) => {
      const faces = design.fontFaces.filter(
        (f) => f.slug === preset.slug || f.family.toLowerCase() === leadFamily(preset),
      );
      const face = regularFace(faces);
      // woff2 first: the smallest file of the face to read.
      const src =
        face && [...face.src].sort((a, b) => Number(b.endsWith('.woff2')) - Number(a.endsWith('.woff2')))[0];
      const metrics = src ? await read(src) : null;
      return face && metrics
        ? { preset, family: face.family, faces: fallbackFaces(face.family, metrics, kindOf(preset.value)) }
        : null;
    }),
  );
  const fallbacks = found.filter((f) => f !== null);
  if (fallbacks.length === 0) return design;
  const named = (stack: string) =>
    fallbacks.reduce(
      (value, f) =>
        withFallbackNames(
          value,
          f.family,
          f.faces.map((face) => face.family),
        ),
      stack,
    );
  const presetVariable = new Set(fallbacks.map((f) => `--wp--preset--font-family--${f.preset.slug}`));
  return {
    ...design,
    fontFamilies: design.fontFamilies.map((p) => ({ ...p, value: named(p.value) })),
    root: {
      ...design.root,
      fontFamily: design.root.fontFamily === null ? null : named(design.root.fontFamily),
      headingFontFamily: design.root.headingFontFamily === null ? null : named(design.root.headingFontFamily),
    },
    fontFallbacks: fallbacks.map((f) => ({ family: f.family, faces: f.faces })),
    css: {
      ...design.css,
      variables: design.css.variables.map((rule) => ({
        ...rule,
        declarations: rule.declarations.map((d) =>
          presetVariable.has(d.property) ? { ...d, value: named(d.value) } : d,
        ),
      })),
    },
  };
}
