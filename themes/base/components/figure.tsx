import { WpImage } from '@/components/wp-image';
import type { FigureProps } from '../../_engine/types';

/** An image with its caption, tied together by <figure>/<figcaption>. */
export function BaseFigure({ media, sizes, priority, caption = media.caption, className }: FigureProps) {
  return (
    <figure className={`pf-figure ${className ?? ''}`}>
      <WpImage media={media} sizes={sizes} priority={priority} className="h-auto w-full rounded-card" />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
