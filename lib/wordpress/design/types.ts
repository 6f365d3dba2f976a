import type { FallbackFace } from '../../fonts/fallback-faces';
import type { CssRule } from './safe-css';

/** One preset of the site's design (a palette colour, a font size…), checked for its kind. */
export interface DesignPreset {
  slug: string;
  name: string;
  value: string;
}

export interface DesignFontFace {
  family: string;
  /** Addresses of the font files, http(s) only. */
  src: string[];
  weight: string;
  style: 'normal' | 'italic' | 'oblique';
  /** The font family preset the face belongs to. */
  slug: string;
}

/** What the site's own styles say of the page as a whole (theme.json `styles`, resolved to values). */
export interface DesignRootStyles {
  background: string | null;
  text: string | null;
  link: string | null;
  fontFamily: string | null;
  headingFontFamily: string | null;
  fontSize: string | null;
  lineHeight: string | null;
  /** Body text's and headings' font weights (100–900). */
  fontWeight: string | null;
  headingFontWeight: string | null;
  /** The headings' sizes (styles.elements.h1–h3). */
  h1Size: string | null;
  h2Size: string | null;
  h3Size: string | null;
  /** The page's side padding (styles.spacing.padding.left). */
  paddingInline: string | null;
  /** Filled buttons (styles.elements.button): colours, and corners (else the Button block's). */
  buttonBackground: string | null;
  buttonText: string | null;
  buttonRadius: string | null;
}

/**
 * The site's design as WordPress resolved it (core, the PHP theme with its style variation, the
 * owner's Styles), every value checked. Pressfront's own model: nothing else reads theme.json.
 */
export interface SiteDesign {
  wordpressVersion: string;
  theme: { stylesheet: string; name: string; block: boolean };
  palette: DesignPreset[];
  gradients: DesignPreset[];
  fontSizes: DesignPreset[];
  fontFamilies: DesignPreset[];
  spacing: DesignPreset[];
  layout: { contentSize: string | null; wideSize: string | null };
  root: DesignRootStyles;
  fontFaces: DesignFontFace[];
  /**
   * Local fonts sized to take each design font's room while it loads (lib/fonts/fallback-faces.ts),
   * already named in the design's font stacks after the font itself. Empty until its files are read.
   */
  fontFallbacks: { family: string; faces: FallbackFace[] }[];
  css: {
    /** Custom properties: presets (--wp--preset--…) and the global ones (--wp--style--…). */
    variables: CssRule[];
    /** Preset classes: has-…-color, has-…-background-color, has-…-font-size… */
    presets: CssRule[];
    /** Block layout: is-layout-flex / -constrained / -grid / -flow and their children. */
    layout: CssRule[];
    /** The rest of the generated styles (elements, blocks): the site's own look, for its theme. */
    theme: CssRule[];
  };
}
