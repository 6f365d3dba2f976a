import postcss, { type ChildNode } from 'postcss';

// CSS that WordPress generated from design data we do not trust (the PHP theme's theme.json, the
// owner's Styles), read into rules and written out again by us: every selector and value is checked
// whole, so nothing in it can close the <style> it is printed in, load a URL, run an expression or
// reach past the property it names. What fails a check is dropped and reported, never repaired.

export interface CssDeclaration {
  property: string;
  value: string;
  important: boolean;
}

export interface CssRule {
  /** The rule's selectors, one per comma-separated part. */
  selectors: string[];
  declarations: CssDeclaration[];
  /** The @media condition the rule sits in, if any. */
  media?: string;
}

/** What was dropped, and why: one line each for the log. */
export interface CssProblem {
  reason: string;
  text: string;
}

const PROPERTY = /^(--[a-z0-9_-]{1,100}|-?[a-z][a-z-]{0,60})$/i;
// Properties that have loaded or run things in some browser, whatever their value.
const FORBIDDEN_PROPERTIES = /^(behavior|-moz-binding|-ms-behavior)$/i;
// Selectors: names, classes, ids, combinators, pseudo-classes and attribute tests. No escapes, no
// at-signs, no braces, no markup.
const SELECTOR = /^[\w\s.#:>+~*(),[\]="'^$|-]{1,400}$/;
// Values: no escapes, no markup, nothing that ends a declaration or a block.
const VALUE_CHARACTERS = /^[^<>\\;{}@`]*$/;
const DANGEROUS_VALUE = /url\s*\(|expression\s*\(|image\s*\(|image-set\s*\(|javascript:|vbscript:|data:/i;
// Duotone presets name the page's own SVG filters (url('#wp-duotone-…')): a fragment loads nothing.
const FRAGMENT_URL = /url\(\s*(['"]?)#[\w-]{1,100}\1\s*\)/g;
const MEDIA = /^[\w\s().:,-]{1,200}$/;

const balanced = (text: string): boolean => {
  let depth = 0;
  let quote: string | null = null;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0 && quote === null;
};

/** One CSS value, as a property may hold it: or the reason it may not. */
export function valueProblem(value: string): string | null {
  if (value.length === 0) return 'empty value';
  if (value.length > 1000) return 'value too long';
  if (!VALUE_CHARACTERS.test(value)) return 'value carries markup, escapes or block syntax';
  if (DANGEROUS_VALUE.test(value.replace(FRAGMENT_URL, ''))) return 'value loads a URL or runs an expression';
  if (!balanced(value)) return 'value has unbalanced brackets or quotes';
  return null;
}

export function selectorProblem(selector: string): string | null {
  if (!SELECTOR.test(selector)) return 'selector has characters no design selector needs';
  if (!balanced(selector)) return 'selector has unbalanced brackets or quotes';
  return null;
}

const clip = (text: string) => (text.length > 160 ? `${text.slice(0, 160)}…` : text);

/** Parses `css` into checked rules; anything unsafe is left out and named in `problems`. */
export function readCss(css: string): { rules: CssRule[]; problems: CssProblem[] } {
  const rules: CssRule[] = [];
  const problems: CssProblem[] = [];
  if (css.trim() === '') return { rules, problems };
  if (/<\/?\s*(style|script)/i.test(css)) {
    // Whatever else it holds, CSS that names these tags was written to leave its <style>.
    problems.push({ reason: 'stylesheet carries markup', text: clip(css) });
  }
  let root;
  try {
    root = postcss.parse(css);
  } catch (error) {
    problems.push({ reason: `stylesheet does not parse: ${(error as Error).message}`, text: clip(css) });
    return { rules, problems };
  }
  const visit = (node: ChildNode, media?: string) => {
    if (node.type === 'comment') return;
    if (node.type === 'atrule') {
      if (
        node.name.toLowerCase() === 'media' &&
        media === undefined &&
        MEDIA.test(node.params) &&
        balanced(node.params)
      ) {
        node.each((child) => visit(child, node.params.trim()));
      } else {
        problems.push({ reason: `@${node.name} is not allowed`, text: clip(node.toString()) });
      }
      return;
    }
    if (node.type !== 'rule') {
      problems.push({ reason: 'declaration outside a rule', text: clip(node.toString()) });
      return;
    }
    const selectors = node.selectors.map((s) => s.trim()).filter((s) => s !== '');
    const badSelector = selectors.map(selectorProblem).find((p) => p !== null);
    if (selectors.length === 0 || badSelector) {
      problems.push({ reason: badSelector ?? 'rule without a selector', text: clip(node.selector) });
      return;
    }
    const declarations: CssDeclaration[] = [];
    node.each((child) => {
      if (child.type === 'comment') return;
      if (child.type !== 'decl') {
        problems.push({ reason: 'nested rule', text: clip(child.toString()) });
        return;
      }
      const value = child.value.trim();
      const problem =
        !PROPERTY.test(child.prop) || FORBIDDEN_PROPERTIES.test(child.prop)
          ? 'property is not allowed'
          : valueProblem(value);
      if (problem) problems.push({ reason: problem, text: clip(`${child.prop}: ${child.value}`) });
      else declarations.push({ property: child.prop, value, important: child.important === true });
    });
    if (declarations.length > 0) rules.push({ selectors, declarations, ...(media ? { media } : {}) });
  };
  root.each((node) => visit(node));
  return { rules, problems };
}

const declarationText = (d: CssDeclaration) => `${d.property}:${d.value}${d.important ? '!important' : ''}`;

/** Rules as CSS, written by us from checked parts; rules in one @media stay together. */
export function writeCss(rules: readonly CssRule[]): string {
  let out = '';
  let openMedia: string | undefined;
  for (const rule of rules) {
    if (rule.media !== openMedia) {
      if (openMedia !== undefined) out += '}';
      if (rule.media !== undefined) out += `@media ${rule.media}{`;
      openMedia = rule.media;
    }
    out += `${rule.selectors.join(',')}{${rule.declarations.map(declarationText).join(';')}}`;
  }
  if (openMedia !== undefined) out += '}';
  return out;
}
