import type { TemplateProps } from '../../_engine/types';
import { BaseArchive } from './archive';
import { BaseHome } from './home';
import { BaseNotFoundTemplate } from './not-found';
import { BaseSearch } from './search';
import { BaseSingular } from './singular';

/** index.php: the last resort of the hierarchy, able to render any view. */
export function BaseIndex(props: TemplateProps) {
  switch (props.view.kind) {
    case 'home':
      return <BaseHome {...props} />;
    case 'singular':
      return <BaseSingular {...props} />;
    case 'archive':
      return <BaseArchive {...props} />;
    case 'search':
      return <BaseSearch {...props} />;
    case '404':
      return <BaseNotFoundTemplate {...props} />;
  }
}
