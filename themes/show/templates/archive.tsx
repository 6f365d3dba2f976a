import type { ArchiveTemplateProps } from '../../types';
import { Pagination } from '../components/pagination';
import { PostCard } from '../components/post-card';

const kindLabel = { category: 'Category', tag: 'Tag', author: 'Author' } as const;

export function ArchiveTemplate({ site, archive, posts }: ArchiveTemplateProps) {
  return (
    <div className="mx-auto max-w-wide px-4 py-10">
      <header className="border-b border-border pb-8">
        <p className="font-sans text-xs font-bold uppercase tracking-widest text-accent">
          {kindLabel[archive.kind]}
        </p>
        <h1 className="mt-2 font-display text-4xl font-black">{archive.title}</h1>
        {archive.description && (
          <p className="mt-3 max-w-measure font-body text-lg text-muted">{archive.description}</p>
        )}
      </header>
      {posts.items.length === 0 ? (
        <p className="mt-10 text-muted">Nothing has been published here yet.</p>
      ) : (
        <div className="mt-10 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
          {posts.items.map((post) => (
            <PostCard key={post.id} post={post} site={site} />
          ))}
        </div>
      )}
      <Pagination pageInfo={posts.pageInfo} basePath={archive.path} />
    </div>
  );
}
