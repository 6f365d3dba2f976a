import type { SiteDesign } from '@/lib/wordpress/design';
import { mix, toHex } from '@/lib/colour/hex';
import { contrastRatio, luminance } from '../_engine/contrast';
import type { TokenOverrides } from '../_engine/tokens';

// The site's design (WordPress's resolved theme.json) as Pressfront tokens: its background and
// text, a link colour that reads on them, its fonts, type scale and widths. Our own text and UI
// stay AA: a colour that would not is left to the base theme's, and the rest is derived from the
// design's two colours. A design has one scheme: a light one keeps the base theme's dark scheme
// for readers who ask for dark; a dark one is used for both.

const AA = 4.5;

/** The design's value for a palette slug, as hex. */
const paletteHex = (design: SiteDesign, ...slugs: string[]) =>
  slugs
    .map((slug) => toHex(design.palette.find((p) => p.slug === slug)?.value))
    .find((hex) => hex !== null) ?? null;

/** The first candidate that reads as text on every one of `on` (AA), else null. */
const readable = (candidates: (string | null)[], on: string[]) =>
  candidates.find((c): c is string => c !== null && on.every((bg) => contrastRatio(c, bg) >= AA)) ?? null;

function colours(design: SiteDesign): TokenOverrides['color'] | undefined {
  const bg = toHex(design.root.background) ?? paletteHex(design, 'base', 'background');
  const fg = toHex(design.root.text) ?? paletteHex(design, 'contrast', 'foreground');
  if (!bg || !fg || contrastRatio(fg, bg) < AA) return undefined;
  // A shade off the background for cards and boxes, unless the text would no longer read on it.
  const tinted = mix(bg, fg, 0.05);
  const surface = contrastRatio(fg, tinted) >= AA ? tinted : bg;
  const links = [
    toHex(design.root.link),
    paletteHex(design, 'primary', 'accent-1', 'accent', 'secondary', 'accent-2', 'accent-3', 'accent-4'),
  ];
  const accent = readable(links, [bg, surface]) ?? fg;
  // Grey text: as light as it can be and still read on both backgrounds.
  let muted = mix(fg, bg, 0.4);
  for (let amount = 0.4; amount > 0 && !readable([muted], [bg, surface]); amount -= 0.05)
    muted = mix(fg, bg, amount);
  const accentFg = contrastRatio(bg, accent) >= contrastRatio(fg, accent) ? bg : fg;
  // Buttons as the design fills them (styles.elements.button), where its pair reads; else the accent's.
  const buttonBg = toHex(design.root.buttonBackground);
  const buttonText = toHex(design.root.buttonText);
  const ownButton = buttonBg && buttonText && contrastRatio(buttonText, buttonBg) >= AA;
  const scheme = {
    bg,
    surface,
    fg,
    muted: readable([muted], [bg, surface]) ?? fg,
    border: mix(bg, fg, 0.18),
    accent,
    accentFg,
    button: ownButton ? buttonBg : accent,
    buttonFg: ownButton ? buttonText : accentFg,
    focus: accent,
  };
  const dark = luminance(bg) < 0.2;
  return Object.fromEntries(
    Object.entries(scheme).map(([name, light]) => [name, dark ? { light, dark: light } : { light }]),
  ) as TokenOverrides['color'];
}

const size = (design: SiteDesign, ...slugs: string[]) =>
  slugs.map((slug) => design.fontSizes.find((s) => s.slug === slug)?.value).find((v) => v !== undefined);

const phoneSafe = (value: string | undefined, vw: number) => (value ? `min(${value}, ${vw}vw)` : undefined);

/** Tokens from the site's design, over the theme's own where the design says nothing. */
export function tokensFromDesign(design: SiteDesign): TokenOverrides {
  const { root, layout } = design;
  const body = root.fontFamily ?? undefined;
  const headings = root.headingFontFamily ?? body;
  const defined = <T extends Record<string, string | undefined>>(values: T) =>
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
  return {
    color: colours(design),
    font: defined({ sans: body, body, display: headings }),
    weight: defined({ body: root.fontWeight ?? undefined, heading: root.headingFontWeight ?? undefined }),
    text: defined({
      base: root.fontSize ?? size(design, 'medium'),
      small: size(design, 'small'),
      // Headings as the design sizes them, but never wider than a phone allows: a design's fixed
      // 58 px title overflows a 320 px screen with one long word (the search page's query).
      h3: phoneSafe(root.h3Size ?? size(design, 'large'), 8),
      h2: phoneSafe(root.h2Size ?? size(design, 'x-large'), 9),
      h1: phoneSafe(root.h1Size ?? size(design, 'xx-large', 'huge'), 11),
    }),
    width: defined({ measure: layout.contentSize ?? undefined, wide: layout.wideSize ?? undefined }),
    // The page's side padding: the room WordPress leaves at the screen's edges (root padding).
    space: defined({ gutter: root.paddingInline ?? undefined }),
    // A design that leaves buttons' corners alone gets the Button block's own: a pill (core's CSS).
    radius: { button: root.buttonRadius ?? '9999px' },
  };
}
