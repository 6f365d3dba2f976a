import type { PostSummary, Site } from '@/lib/wordpress';
import type { PostCardProps, Slots } from '../../types';

/** Posts one under another (the base listing; themes with a grid override their templates). */
export function PostList({
  posts,
  site,
  slots,
  variant = 'list',
}: {
  posts: PostSummary[];
  site: Site;
  slots: Slots;
  variant?: PostCardProps['variant'];
}) {
  const { PostCard } = slots;
  return (
    <div className="flex flex-col gap-10">
      {posts.map((post) => (
        <PostCard key={post.id} post={post} site={site} variant={variant} slots={slots} />
      ))}
    </div>
  );
}
