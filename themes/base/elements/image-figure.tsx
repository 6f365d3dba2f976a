import type { ImageFigureProps } from '../../_engine/types';
import { ContentImg } from './content-image';

/**
 * A captioned image: WordPress's image block, or a classic-editor [caption] (div.wp-caption or
 * figure.wp-caption) — either way a <figure> whose <figcaption> names it.
 */
export function BaseImageFigure({ image, caption, className }: ImageFigureProps) {
  // A classic caption is as wide as the size the author chose (WordPress writes that width inline):
  // the caption wraps under the photograph instead of stretching the figure.
  const classic = className?.split(/\s+/).includes('wp-caption') && image.width;
  return (
    <figure className={className} style={classic ? { width: image.width } : undefined}>
      <ContentImg image={image} />
      {caption !== null && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
