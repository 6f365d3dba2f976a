import { templateFor } from '../../template-for';
import { PostList } from './listing';

const kindLabel = { category: 'Category', tag: 'Tag', author: 'Author' } as const;

export const BaseArchive = templateFor('archive', ({ site, view, slots }) => {
  const { Pagination } = slots;
  const { archive, posts } = view;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <header className="border-b border-border pb-8">
        <p className="font-sans text-small font-bold uppercase tracking-widest text-accent">
          {kindLabel[archive.kind]}
        </p>
        <h1 className="mt-2 font-display text-h1 font-bold">{archive.title}</h1>
        {archive.description && (
          <p className="mt-3 max-w-measure font-body text-lead text-muted">{archive.description}</p>
        )}
      </header>
      <div className="mt-10">
        {posts.items.length > 0 ? (
          <PostList posts={posts.items} site={site} slots={slots} />
        ) : (
          <p className="text-muted">Nothing has been published here yet.</p>
        )}
      </div>
      <Pagination pageInfo={posts.pageInfo} basePath={archive.path} />
    </div>
  );
});
