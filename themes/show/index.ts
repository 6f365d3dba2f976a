import type { Theme } from '../types';
import { ShowLayout } from './components/layout';
import { ArchiveTemplate } from './templates/archive';
import { HomeTemplate } from './templates/home';
import { NotFoundTemplate } from './templates/not-found';
import { PageTemplate } from './templates/page';
import { SingleTemplate } from './templates/single';

export const show: Theme = {
  name: 'show',
  label: 'Show',
  description: 'A bold news magazine: strong masthead, category labels, captioned photos, a subscribe box.',
  Layout: ShowLayout,
  templates: {
    home: HomeTemplate,
    single: SingleTemplate,
    page: PageTemplate,
    archive: ArchiveTemplate,
    notFound: NotFoundTemplate,
  },
};
