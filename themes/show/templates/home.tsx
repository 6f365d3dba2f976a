import type { HomeTemplateProps } from '../../types';
import { Pagination } from '../components/pagination';
import { PostCard } from '../components/post-card';

export function HomeTemplate({ site, sticky, posts }: HomeTemplateProps) {
  const [lead, ...rest] = [...sticky, ...posts.items];
  return (
    <div className="mx-auto max-w-wide px-4 py-10">
      <h1 className="sr-only">
        {posts.pageInfo.page > 1
          ? `${site.name} — page ${posts.pageInfo.page}`
          : `${site.name}: latest stories`}
      </h1>
      {lead && (
        <div className="border-b border-border pb-10">
          <PostCard post={lead} site={site} lead />
        </div>
      )}
      <div className="mt-10 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((post) => (
          <PostCard key={post.id} post={post} site={site} />
        ))}
      </div>
      {!lead && <p className="text-muted">Nothing has been published yet.</p>}
      <Pagination pageInfo={posts.pageInfo} />
    </div>
  );
}
