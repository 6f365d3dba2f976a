import { templateFor } from '../../_engine/template-for';
import { PostList } from './listing';

export const BaseSearch = templateFor('search', ({ site, view, slots, options, t }) => {
  const { Pagination, SearchForm } = slots;
  const { query, posts } = view;
  const total = posts.pageInfo.total;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <header className="border-b border-border pb-8">
        <h1 className="font-display text-h1 font-bold">
          {query ? t('searchPage.resultsFor', { query }) : t('searchPage.title')}
        </h1>
        <p className="mt-2 text-muted" role="status">
          {query ? t('searchPage.count', { count: total }) : t('searchPage.prompt')}
        </p>
        <div className="mt-4">
          <SearchForm t={t} query={query} />
        </div>
      </header>
      <div className="mt-10">
        {posts.items.length > 0 ? (
          <PostList t={t} posts={posts.items} site={site} slots={slots} options={options} />
        ) : (
          query && <p className="text-muted">{t('searchPage.none')}</p>
        )}
      </div>
      <Pagination
        t={t}
        pageInfo={posts.pageInfo}
        basePath="/"
        query={new URLSearchParams({ s: query }).toString()}
      />
    </div>
  );
});
