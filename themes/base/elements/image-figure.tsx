import type { ImageFigureProps } from '../../types';

/** A WordPress image block: the image at its intrinsic size (no layout shift) and its caption. */
export function BaseImageFigure({ image, caption, className }: ImageFigureProps) {
  return (
    <figure className={className}>
      {/* eslint-disable-next-line @next/next/no-img-element -- WordPress's own variants, srcset kept */}
      <img
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        srcSet={image.srcSet}
        sizes={image.sizes}
        className={image.className}
        loading="lazy"
        decoding="async"
      />
      {caption !== null && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
