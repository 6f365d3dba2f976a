import { templateFor } from '../../_engine/template-for';
import { PostList } from './listing';

export const BaseHome = templateFor('home', ({ site, view, slots, options, t }) => {
  const { Pagination } = slots;
  const { page } = view.posts.pageInfo;
  const posts = [...view.sticky, ...view.posts.items];
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <h1 className="sr-only">
        {page > 1 ? t('home.page', { site: site.name, page }) : t('home.latest', { site: site.name })}
      </h1>
      {posts.length > 0 ? (
        <PostList t={t} posts={posts} site={site} slots={slots} options={options} />
      ) : (
        <p className="text-muted">{t('home.empty')}</p>
      )}
      <Pagination t={t} pageInfo={view.posts.pageInfo} basePath={view.path} />
    </div>
  );
});
