import { defineTheme } from '../_engine/define-theme';
import { ShowCategoryLabel } from './components/category-label';
import { ShowHeader } from './components/header';
import { BaseArchive } from '../base/templates/archive';
import { BaseSingular } from '../base/templates/singular';
import { ShowHome } from './templates/home';
import { withSidebar } from './templates/with-sidebar';
import { showTokens } from './tokens';

export default defineTheme({
  name: 'show',
  label: 'Show',
  description:
    'A bold news magazine: strong masthead, category navigation, a lead story over a grid of cards.',
  tokens: showTokens,
  slots: { Header: ShowHeader, CategoryLabel: ShowCategoryLabel },
  // Posts (the `single` templates, never pages) and archives get the owner's sidebar widgets.
  templates: {
    home: ShowHome,
    single: withSidebar(BaseSingular),
    archive: withSidebar(BaseArchive),
  },
  options: {
    fontPairings: ['sans-headlines', 'serif-headlines', 'sans'],
    layout: {
      label: 'Front page',
      help: 'How the front page opens.',
      choices: [
        { value: 'lead-grid', label: 'The lead story over a grid of cards' },
        { value: 'list', label: 'A list of stories, newest first' },
      ],
    },
  },
});
