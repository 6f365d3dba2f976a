import { templateFor } from '../../template-for';
import { PostList } from './listing';

export const BaseSearch = templateFor('search', ({ site, view, slots, options }) => {
  const { Pagination, SearchForm } = slots;
  const { query, posts } = view;
  const total = posts.pageInfo.total;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <header className="border-b border-border pb-8">
        <h1 className="font-display text-h1 font-bold">
          {query ? `Search results for “${query}”` : 'Search'}
        </h1>
        <p className="mt-2 text-muted" role="status">
          {query
            ? `${total} ${total === 1 ? 'result' : 'results'}`
            : 'Type a word or two to search the site.'}
        </p>
        <div className="mt-4">
          <SearchForm query={query} />
        </div>
      </header>
      <div className="mt-10">
        {posts.items.length > 0 ? (
          <PostList posts={posts.items} site={site} slots={slots} options={options} />
        ) : (
          query && <p className="text-muted">Nothing matched. Try other words, or fewer of them.</p>
        )}
      </div>
      <Pagination
        pageInfo={posts.pageInfo}
        basePath="/"
        query={new URLSearchParams({ s: query }).toString()}
      />
    </div>
  );
});
