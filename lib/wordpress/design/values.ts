import { valueProblem } from './safe-css';

// What one design value may be, by kind. theme.json values are written into CSS custom properties
// and our tokens: each is checked whole, so a colour is a colour and nothing else.

const NAMED_COLORS = new Set(
  (
    'transparent currentcolor black silver gray grey white maroon red purple fuchsia green lime olive ' +
    'yellow navy blue teal aqua orange aliceblue antiquewhite aquamarine azure beige bisque ' +
    'blanchedalmond blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue ' +
    'cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgrey darkgreen darkkhaki ' +
    'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
    'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
    'dodgerblue firebrick floralwhite forestgreen gainsboro ghostwhite gold goldenrod greenyellow ' +
    'honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon ' +
    'lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgrey lightgreen lightpink ' +
    'lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow ' +
    'limegreen linen magenta mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
    'mistyrose moccasin navajowhite oldlace olivedrab orangered orchid palegoldenrod palegreen ' +
    'paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue rebeccapurple ' +
    'rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna skyblue slateblue ' +
    'slategray slategrey snow springgreen steelblue tan thistle tomato turquoise violet wheat ' +
    'whitesmoke yellowgreen'
  ).split(' '),
);
const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[-0-9.%\s,/a-z]{1,80}\)$/i;
// Twenty Twenty-Five mixes a colour from the text's: color-mix(in srgb, currentColor 20%, transparent).
const COLOR_MIX = /^color-mix\(\s*in\s+[a-z-]{2,20}\s*,[\w\s#.%,()-]{1,200}\)$/i;
const PRESET_VAR = /^var\(--wp--preset--[a-z]+--[a-z0-9-]{1,64}\)$/;

/** A colour a palette or a style may hold: hex, a colour function with numbers, or a named colour. */
export function isColor(value: string): boolean {
  const v = value.trim();
  return (
    HEX.test(v) ||
    FUNCTIONAL.test(v) ||
    NAMED_COLORS.has(v.toLowerCase()) ||
    (COLOR_MIX.test(v) && valueProblem(v) === null)
  );
}

export function isGradient(value: string): boolean {
  return (
    /^(repeating-)?(linear|radial|conic)-gradient\(.+\)$/i.test(value.trim()) && valueProblem(value) === null
  );
}

/** A length, or arithmetic of lengths: 1.5rem, clamp(1rem, 2vw, 2rem), var(--wp--preset--…). */
export function isSize(value: string): boolean {
  const v = value.trim();
  return (
    (/^-?[\d.]+(px|em|rem|%|vw|vh|vmin|vmax|ch|ex|pt)?$/i.test(v) ||
      /^(calc|clamp|min|max)\([-\w\s.,%+*/()]+\)$/i.test(v) ||
      PRESET_VAR.test(v)) &&
    valueProblem(v) === null
  );
}

/** A font-family list: names, quoted or not, separated by commas. */
export function isFontFamily(value: string): boolean {
  return /^[\w\s"',.-]{1,300}$/.test(value) && valueProblem(value) === null;
}

export const isSlug = (value: string) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(value);
