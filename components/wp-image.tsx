import type { Media } from '@/lib/wordpress';

interface WpImageProps {
  media: Media;
  /** The `sizes` attribute: how wide the image is drawn, so the browser picks a right-sized file. */
  sizes: string;
  /** The page's main image: load it first instead of lazily. */
  priority?: boolean;
  /** Override the media's alt text, e.g. "" where the image only repeats a linked title. */
  alt?: string;
  className?: string;
}

/**
 * A WordPress image drawn from the sizes WordPress already made (srcset), with its intrinsic
 * width and height so the layout never shifts while it loads.
 */
export function WpImage({ media, sizes, priority = false, alt, className }: WpImageProps) {
  const srcSet = media.sources.map((s) => `${s.url} ${s.width}w`).join(', ');
  return (
    // eslint-disable-next-line @next/next/no-img-element -- WordPress's own variants; see next.config.js
    <img
      src={media.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={media.width || undefined}
      height={media.height || undefined}
      alt={alt ?? media.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
