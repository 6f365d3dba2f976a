import { templateFor } from '../../template-for';
import { PostList } from './listing';

export const BaseHome = templateFor('home', ({ site, view, slots, options }) => {
  const { Pagination } = slots;
  const { page } = view.posts.pageInfo;
  const posts = [...view.sticky, ...view.posts.items];
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <h1 className="sr-only">{page > 1 ? `${site.name} — page ${page}` : `${site.name}: latest stories`}</h1>
      {posts.length > 0 ? (
        <PostList posts={posts} site={site} slots={slots} options={options} />
      ) : (
        <p className="text-muted">Nothing has been published yet.</p>
      )}
      <Pagination pageInfo={view.posts.pageInfo} basePath={view.path} />
    </div>
  );
});
