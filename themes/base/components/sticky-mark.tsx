import type { PostSummary } from '@/lib/wordpress';

/** "Featured" on a post the editors made sticky in WordPress, wherever a listing shows it. */
export function StickyMark({ post }: { post: Pick<PostSummary, 'sticky'> }) {
  if (!post.sticky) return null;
  return (
    <span
      data-sticky=""
      className="inline-block w-fit rounded-card bg-accent px-2 py-0.5 font-sans text-small font-bold uppercase tracking-wide text-accent-fg"
    >
      Featured
    </span>
  );
}
