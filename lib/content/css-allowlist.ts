// Inline styles WordPress's editor writes (alignment, colours, sizes, spacing, column widths), each
// value matched whole. Nothing here can load a URL or run an expression: no url(), no letters
// beyond keywords and units, no colons, quotes or backslashes.

const number = String.raw`-?\d+(\.\d+)?`;
const unit = String.raw`(px|em|rem|%|vh|vw|vmin|vmax|ch|ex|fr)?`;
const length = `${number}${unit}`;
const preset = String.raw`var\(--wp--[a-z0-9-]+\)`;
const math = String.raw`(calc|clamp|min|max)\((?!.*url)[0-9a-z%.,+\-*/ ()]+\)`;
const lengthish = `(${length}|${preset}|${math}|auto)`;
const lengths = new RegExp(`^${lengthish}( ${lengthish}){0,3}$`, 'i');
const color = new RegExp(
  String.raw`^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla)\([0-9.,% /]+\)|[a-z]{3,20}|${preset})$`,
  'i',
);

export const cssAllowlist: Record<string, RegExp[]> = {
  'text-align': [/^(left|right|center|justify|start|end)$/],
  'vertical-align': [/^(top|middle|bottom|baseline)$/],
  color: [color],
  'background-color': [color],
  'border-color': [color],
  'font-size': [lengths],
  'font-style': [/^(normal|italic)$/],
  'font-weight': [/^(normal|bold|[1-9]00)$/],
  'line-height': [new RegExp(`^(${number}|${length}|${preset})$`)],
  'letter-spacing': [lengths],
  'text-transform': [/^(none|uppercase|lowercase|capitalize)$/],
  'text-decoration': [/^(none|underline|line-through)$/],
  margin: [lengths],
  'margin-top': [lengths],
  'margin-bottom': [lengths],
  padding: [lengths],
  'padding-top': [lengths],
  'padding-right': [lengths],
  'padding-bottom': [lengths],
  'padding-left': [lengths],
  gap: [lengths],
  'flex-basis': [lengths],
  width: [lengths],
  'max-width': [lengths],
  height: [lengths],
  'min-height': [lengths],
  'border-radius': [lengths],
  'border-width': [lengths],
  'aspect-ratio': [/^\d+(\.\d+)?( ?\/ ?\d+(\.\d+)?)?$/],
  'object-position': [/^\d+(\.\d+)?% \d+(\.\d+)?%$/],
};
