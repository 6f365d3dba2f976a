import { templateFor } from '../../template-for';

/** The front page as a magazine: the first story large, the rest in a grid of cards. */
export const ShowHome = templateFor('home', ({ site, view, slots }) => {
  const { PostCard, Pagination } = slots;
  const [lead, ...rest] = [...view.sticky, ...view.posts.items];
  const { page } = view.posts.pageInfo;
  return (
    <div className="mx-auto max-w-wide px-gutter py-section">
      <h1 className="sr-only">{page > 1 ? `${site.name} — page ${page}` : `${site.name}: latest stories`}</h1>
      {lead ? (
        <div className="border-b border-border pb-10">
          <PostCard post={lead} site={site} variant="lead" slots={slots} />
        </div>
      ) : (
        <p className="text-muted">Nothing has been published yet.</p>
      )}
      <div className="mt-10 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
        {rest.map((post) => (
          <PostCard key={post.id} post={post} site={site} variant="grid" slots={slots} />
        ))}
      </div>
      <Pagination pageInfo={view.posts.pageInfo} basePath={view.path} />
    </div>
  );
});
