import { SiteLink } from '@/components/site-link';
import { WpImage } from '@/components/wp-image';
import type { PostCardProps } from '../../_engine/types';
import { StickyMark } from './sticky-mark';

const sizes = {
  lead: '(min-width: 768px) 36rem, 100vw',
  grid: '(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw',
  list: '(min-width: 640px) 12rem, 100vw',
};

/** A post in a listing. The image repeats the linked title, so it is hidden from assistive tech. */
export function BasePostCard({ post, site, variant, first = false, slots, options, t }: PostCardProps) {
  const { PostMeta, CategoryLabel } = slots;
  const lead = variant === 'lead';
  return (
    <article
      className={
        lead
          ? 'grid gap-6 md:grid-cols-2 md:items-center'
          : variant === 'list'
            ? 'grid gap-4 sm:grid-cols-[12rem_1fr]'
            : 'flex flex-col gap-3'
      }
    >
      {post.featuredImage ? (
        <SiteLink
          href={post.path}
          tabIndex={-1}
          aria-hidden="true"
          className="block overflow-hidden rounded-card"
        >
          <WpImage
            media={post.featuredImage}
            sizes={sizes[variant]}
            priority={lead || first}
            alt=""
            className="aspect-[16/10] w-full object-cover"
          />
        </SiteLink>
      ) : (
        variant === 'list' && <span className="hidden sm:block" />
      )}
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StickyMark post={post} t={t} />
          <CategoryLabel category={post.categories[0]} />
        </div>
        <h2 className={`font-display font-bold leading-tight ${lead ? 'text-h1' : 'text-h3'}`}>
          <SiteLink href={post.path} className="hover:text-accent">
            {post.title}
          </SiteLink>
        </h2>
        {post.excerpt && (
          <p className={`font-body text-muted ${lead ? 'text-lead' : 'line-clamp-4'}`}>{post.excerpt}</p>
        )}
        <PostMeta t={t} post={post} site={site} options={options} />
      </div>
    </article>
  );
}
