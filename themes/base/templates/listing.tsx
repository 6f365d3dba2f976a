import type { PostSummary, Site } from '@/lib/wordpress';
import type { Slots, ThemeOptionValues, Translate } from '../../types';

interface ListingProps {
  posts: PostSummary[];
  site: Site;
  slots: Slots;
  options: ThemeOptionValues;
  t: Translate;
}

/** Stories as a grid of cards: front pages, related posts, the base layout "grid". */
export function PostGrid({
  posts,
  site,
  slots,
  options,
  t,
  className = '',
}: ListingProps & { className?: string }) {
  const { PostCard } = slots;
  return (
    <div className={`grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3 ${className}`} data-layout="grid">
      {posts.map((post) => (
        <PostCard
          key={post.id}
          post={post}
          site={site}
          variant="grid"
          slots={slots}
          options={options}
          t={t}
        />
      ))}
    </div>
  );
}

/**
 * Stories in a listing: one under another, or a grid of cards when the site owner chose the base
 * layout "grid" (themes/options). Themes with their own layouts override their templates.
 */
export function PostList(props: ListingProps) {
  if (props.options.layout === 'grid') return <PostGrid {...props} />;
  const { posts, site, slots, options, t } = props;
  const { PostCard } = slots;
  return (
    <div className="flex flex-col gap-10" data-layout="list">
      {posts.map((post) => (
        <PostCard
          key={post.id}
          post={post}
          site={site}
          variant="list"
          slots={slots}
          options={options}
          t={t}
        />
      ))}
    </div>
  );
}
