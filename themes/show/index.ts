import { defineTheme } from '../define-theme';
import { ShowCategoryLabel } from './components/category-label';
import { ShowHeader } from './components/header';
import { ShowHome } from './templates/home';
import { showTokens } from './tokens';

export const show = defineTheme({
  name: 'show',
  label: 'Show',
  description:
    'A bold news magazine: strong masthead, category navigation, a lead story over a grid of cards.',
  screenshot: '/themes/show.png',
  tokens: showTokens,
  slots: { Header: ShowHeader, CategoryLabel: ShowCategoryLabel },
  templates: { home: ShowHome },
});
