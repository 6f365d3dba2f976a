import type { ContentImage } from '../../_engine/types';

/**
 * An image from a post body at its intrinsic size (no layout shift), WordPress's variants kept,
 * inside its link when the author gave it one.
 */
export function ContentImg({ image }: { image: ContentImage }) {
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- WordPress's own variants, srcset kept
    <img
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      srcSet={image.srcSet}
      sizes={image.sizes}
      className={image.className}
      loading={image.priority ? 'eager' : 'lazy'}
      fetchPriority={image.priority ? 'high' : undefined}
      decoding="async"
    />
  );
  return image.href ? <a href={image.href}>{img}</a> : img;
}
