import { SiteLink } from '@/components/site-link';
import { StickyMark } from '../../base/components/sticky-mark';
import type { PostCardProps } from '../../_engine/types';

/** A post as a line in a table of contents: title, standfirst, byline. No pictures, no grid. */
export function PaperPostCard({ post, site, slots, options, t }: PostCardProps) {
  const { PostMeta } = slots;
  return (
    <article className="mx-auto w-full max-w-measure border-b border-border pb-8">
      <StickyMark post={post} t={t} />
      <h2 className="font-display text-h2 font-semibold leading-snug">
        <SiteLink href={post.path} className="hover:text-accent">
          {post.title}
        </SiteLink>
      </h2>
      {post.excerpt && <p className="mt-2 font-body text-muted">{post.excerpt}</p>}
      <div className="mt-3">
        <PostMeta t={t} post={post} site={site} options={options} />
      </div>
    </article>
  );
}
