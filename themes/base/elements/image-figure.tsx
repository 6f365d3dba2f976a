import type { ImageFigureProps } from '../../types';
import { ContentImg } from './content-image';

/**
 * A captioned image: WordPress's image block, or a classic-editor [caption] (div.wp-caption or
 * figure.wp-caption) — either way a <figure> whose <figcaption> names it.
 */
export function BaseImageFigure({ image, caption, className }: ImageFigureProps) {
  return (
    <figure className={className}>
      <ContentImg image={image} />
      {caption !== null && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
