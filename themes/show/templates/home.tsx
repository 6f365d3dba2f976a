import { PostGrid, PostList } from '../../base/templates/listing';
import { templateFor } from '../../_engine/template-for';

/**
 * The front page as a magazine: the first story large, the rest in a grid of cards — or, when the
 * site owner chose the "list" layout, every story in one column.
 */
export const ShowHome = templateFor('home', ({ site, view, slots, options, t }) => {
  const { PostCard, Pagination } = slots;
  const posts = [...view.sticky, ...view.posts.items];
  const [lead, ...rest] = posts;
  const { page } = view.posts.pageInfo;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <h1 className="sr-only">
        {page > 1 ? t('home.page', { site: site.name, page }) : t('home.latest', { site: site.name })}
      </h1>
      {!lead ? (
        <p className="text-muted">{t('home.empty')}</p>
      ) : options.layout === 'list' ? (
        <PostList t={t} posts={posts} site={site} slots={slots} options={options} />
      ) : (
        <>
          <div className="border-b border-border pb-10" data-layout="lead-grid">
            <PostCard t={t} post={lead} site={site} variant="lead" slots={slots} options={options} />
          </div>
          <PostGrid t={t} posts={rest} site={site} slots={slots} options={options} className="mt-10" />
        </>
      )}
      <Pagination t={t} pageInfo={view.posts.pageInfo} basePath={view.path} />
    </div>
  );
});
