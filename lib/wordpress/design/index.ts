// The site's design (theme.json as WordPress resolved it): fetched, checked and reshaped here only.
export { getDesign } from './get-design';
export { contentCss, CONTENT_SCOPE, scopeSelector } from './content-css';
export type { DesignFontFace, DesignPreset, DesignRootStyles, SiteDesign } from './types';
export { designFontFaceCss } from './font-face-css';
