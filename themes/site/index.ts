import { defineTheme } from '../_engine/define-theme';
import { tokensFromDesign } from './design-tokens';

/**
 * The site's own design, headless: the colours, fonts, type scale and widths of the PHP theme the
 * site runs (its theme.json, the style variation picked and the owner's Styles in the Site Editor,
 * as WordPress resolves them) over the base theme's templates. A change in the Site Editor reaches
 * every running frontend like any other: no rebuild, no restart.
 */
export default defineTheme({
  name: 'site',
  label: 'Your WordPress design',
  description:
    'Follows the design of the site’s WordPress theme: its palette, fonts and widths, as edited in the Site Editor’s Styles.',
  fromDesign: tokensFromDesign,
  options: { designOwned: true },
});
