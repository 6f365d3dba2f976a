import type { PostSummary, Site } from '@/lib/wordpress';
import type { PostCardProps, Slots, ThemeOptionValues, Translate } from '../../_engine/types';

interface ListingProps {
  posts: PostSummary[];
  site: Site;
  slots: Slots;
  options: ThemeOptionValues;
  t: Translate;
}

const layouts = {
  grid: 'grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3',
  list: 'flex flex-col gap-10',
} as const;

function Cards({
  posts,
  site,
  slots,
  options,
  t,
  variant,
  className = '',
  main = false,
}: ListingProps & {
  variant: keyof typeof layouts & PostCardProps['variant'];
  className?: string;
  /** The page's main listing: its first card is above the fold. */
  main?: boolean;
}) {
  const { PostCard } = slots;
  return (
    <div className={`${layouts[variant]} ${className}`} data-layout={variant}>
      {posts.map((post, i) => (
        <PostCard
          key={post.id}
          first={main && i === 0}
          post={post}
          site={site}
          variant={variant}
          slots={slots}
          options={options}
          t={t}
        />
      ))}
    </div>
  );
}

/** Stories as a grid of cards: front pages, related posts, the base layout "grid". */
export function PostGrid(props: ListingProps & { className?: string }) {
  return <Cards {...props} variant="grid" />;
}

/**
 * Stories in a listing: one under another, or a grid of cards when the site owner chose the base
 * layout "grid" (themes/_engine/options). Themes with their own layouts override their templates.
 */
export function PostList(props: ListingProps) {
  return <Cards {...props} main variant={props.options.layout === 'grid' ? 'grid' : 'list'} />;
}
