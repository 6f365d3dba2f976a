import { contrastRatio } from '../../colour/contrast';
import { mix, toHex } from '../../colour/hex';
import { designFontFaceCss } from './font-face-css';
import { writeCss, type CssRule } from './safe-css';
import type { SiteDesign } from './types';

// The site's design that a piece of block content needs, whatever Pressfront theme shows it: the
// preset classes and layout rules its class names use, the block-supports rules WordPress generated
// while rendering it (wp-container-…), and the custom properties those refer to — scoped to the
// content (`.pf-prose`), so none of it restyles the theme around it — and the @font-face rules
// of the design's fonts the content names.

export const CONTENT_SCOPE = '.pf-prose';

/** A selector moved inside the content: `body .x` and `:root` become the content itself. */
export function scopeSelector(selector: string, scope = CONTENT_SCOPE): string {
  const head = /^(:root|html|body)(?=$|[\s>+~])/.exec(selector);
  return head ? `${scope}${selector.slice(head[0].length)}` : `${scope} ${selector}`;
}

const classesIn = (selector: string) =>
  [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] as string);
const variablesIn = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] as string);

/** The class names and var() references in sanitized HTML. */
function usedBy(html: string): { classes: Set<string>; variables: Set<string> } {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? '').split(/\s+/)) if (name) classes.add(name);
  }
  return { classes, variables: new Set(variablesIn(html)) };
}

/** The rules whose every class the content uses, keeping only the selectors that can match. */
function matching(rules: readonly CssRule[], classes: Set<string>): CssRule[] {
  const kept: CssRule[] = [];
  for (const rule of rules) {
    const selectors = rule.selectors.filter(
      (s) => classesIn(s).every((c) => classes.has(c)) && classesIn(s).length > 0,
    );
    if (selectors.length) kept.push({ ...rule, selectors });
  }
  return kept;
}

/** The custom-property rules, cut to the properties `needed` names and those they refer to in turn. */
function neededVariables(variables: readonly CssRule[], needed: Set<string>): CssRule[] {
  const definitions = new Map<string, string>();
  for (const rule of variables) for (const d of rule.declarations) definitions.set(d.property, d.value);
  const queue = [...needed];
  while (queue.length) {
    const name = queue.pop() as string;
    for (const next of variablesIn(definitions.get(name) ?? '')) {
      if (!needed.has(next)) {
        needed.add(next);
        queue.push(next);
      }
    }
  }
  const declarations = [...definitions]
    .filter(([property]) => needed.has(property))
    .map(([property, value]) => ({ property, value, important: false }));
  return declarations.length ? [{ selectors: [CONTENT_SCOPE], declarations }] : [];
}

const AA = 4.5;

/**
 * A palette colour the author put on the page's own background, in our dark scheme: WordPress's
 * design has one scheme, and a colour chosen to read on its light background may not read on a
 * theme's dark one. There it is lightened just enough to read (the light scheme keeps the author's
 * value, as WordPress shows it); on a background the author chose too, the pair stays theirs.
 */
function darkSchemeColours(
  presets: readonly CssRule[],
  design: SiteDesign,
  darkBackgrounds: readonly string[],
): CssRule[] {
  const rules: CssRule[] = [];
  for (const rule of presets) {
    for (const selector of rule.selectors) {
      const slug = /^\.has-([a-z0-9-]+)-color$/.exec(selector)?.[1];
      const hex = slug ? toHex(design.palette.find((p) => p.slug === slug)?.value) : null;
      if (!slug || !hex) continue;
      const reads = (colour: string) => darkBackgrounds.every((bg) => contrastRatio(colour, bg) >= AA);
      if (reads(hex)) continue;
      let lighter = hex;
      for (let amount = 0.1; amount <= 1 && !reads(lighter); amount += 0.1)
        lighter = mix(hex, '#ffffff', amount);
      rules.push({
        selectors: [`${selector}:not(.has-background)`],
        declarations: [
          {
            property: 'color',
            value: `light-dark(var(--wp--preset--color--${slug}),${lighter})`,
            important: true,
          },
        ],
      });
    }
  }
  return rules;
}

/**
 * The stylesheet for one body of content: `html` (sanitized) and `blockRules` (WordPress's
 * block-supports CSS for it, checked) with the site's `design`. Empty when the content uses none.
 */
export function contentCss(
  html: string,
  blockRules: readonly CssRule[],
  design: SiteDesign | null,
  /** The theme's backgrounds in its dark scheme (#rrggbb): author's colours must read on them there. */
  darkBackgrounds: readonly string[] = [],
): string {
  const used = usedBy(html);
  // Block-supports rules name this content's own containers; a rule that does not is not for it.
  const own = matching(blockRules, used.classes);
  const presets = design ? matching(design.css.presets, used.classes) : [];
  const rules = design
    ? [
        ...matching(design.css.layout, used.classes),
        ...presets,
        ...darkSchemeColours(presets, design, darkBackgrounds),
      ]
    : [];
  const needed = new Set(used.variables);
  for (const rule of [...rules, ...own]) {
    for (const d of rule.declarations) for (const name of variablesIn(d.value)) needed.add(name);
  }
  const variables = design ? neededVariables(design.css.variables, needed) : [];
  const scoped = [...rules, ...own].map((rule) => ({
    ...rule,
    selectors: rule.selectors.map((s) => scopeSelector(s)),
  }));
  // A font family the author picked (has-…-font-family) loads the design's own files for it.
  const families = design
    ? design.fontFamilies.filter((f) => used.classes.has(`has-${f.slug}-font-family`)).map((f) => f.value)
    : [];
  const faces = design && families.length ? designFontFaceCss(design, families) : '';
  return writeCss([...variables, ...scoped]) + faces;
}
