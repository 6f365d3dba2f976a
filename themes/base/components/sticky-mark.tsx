import type { PostSummary } from '@/lib/wordpress';
import type { Translate } from '../../_engine/types';

/** "Featured" on a post the editors made sticky in WordPress, wherever a listing shows it. */
export function StickyMark({ post, t }: { post: Pick<PostSummary, 'sticky'>; t: Translate }) {
  if (!post.sticky) return null;
  return (
    <span
      data-sticky=""
      className="inline-block w-fit rounded-card bg-accent px-2 py-0.5 font-sans text-small font-bold uppercase tracking-wide text-accent-fg"
    >
      {t('post.featured')}
    </span>
  );
}
