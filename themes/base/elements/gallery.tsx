import type { CSSProperties } from 'react';
import type { GalleryProps } from '../../_engine/types';
import { ContentImg } from './content-image';

/**
 * A classic [gallery]: the author's columns on wide screens (fewer on narrow ones, styles/content.css),
 * every photograph a figure with its caption.
 */
export function BaseGallery({ items, columns, className, label }: GalleryProps) {
  return (
    <div
      className={`pf-gallery ${className}`}
      role="group"
      aria-label={label}
      style={{ '--pf-gallery-columns': columns } as CSSProperties}
    >
      {items.map(({ image, caption }, i) => (
        <figure key={i} className="pf-gallery-item">
          <ContentImg image={image} />
          {caption !== null && <figcaption>{caption}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
