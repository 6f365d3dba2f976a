import { SiteLink } from '@/components/site-link';
import { PostBody } from '@/components/post-body';
import { templateFor } from '../../_engine/template-for';

/**
 * A post (of any type) or a page: header, featured image, body (with the subscribe box in blog
 * posts), tags, and an item's terms in its type's other taxonomies under their names ("Venue").
 */
export const BaseSingular = templateFor(
  'singular',
  ({ site, view, slots, elements, options, formAnswer, t }) => {
    const { Figure, PostMeta, CategoryLabel, SubscribeCta, PostNavigation, Comments, PasswordForm } = slots;
    if (view.entry.type === 'page') {
      const { page } = view.entry;
      return (
        // The reading column of a post's too: the measure inside the page's gutters.
        <article className="mx-auto max-w-wide px-gutter py-section">
          <div className="mx-auto max-w-measure">
            <h1 className="font-display text-h1 font-bold leading-tight">{page.title}</h1>
            {page.featuredImage && (
              <Figure media={page.featuredImage} sizes="(min-width: 42rem) 42rem, 100vw" priority />
            )}
            <PostBody
              t={t}
              html={page.contentHtml}
              elements={elements}
              leadImage={!page.featuredImage}
              className="pf-prose mt-8"
            />
          </div>
        </article>
      );
    }
    const { post } = view.entry;
    return (
      <article className="mx-auto max-w-wide px-gutter py-section">
        <header className="mx-auto flex max-w-measure flex-col gap-4">
          <CategoryLabel category={post.categories[0]} />
          <h1 className="font-display text-h1 font-bold leading-tight">{post.title}</h1>
          {post.standfirst && <p className="font-body text-lead text-muted">{post.standfirst}</p>}
          <PostMeta t={t} post={post} site={site} readingMinutes={post.readingMinutes} options={options} />
        </header>
        {post.featuredImage && !post.featuredImageInBody && (
          <Figure
            media={post.featuredImage}
            sizes="(min-width: 72rem) 72rem, 100vw"
            priority
            className="mx-auto mt-8 max-w-wide"
          />
        )}
        {view.locked ? (
          <PasswordForm
            postId={post.id}
            postPath={post.path}
            t={t}
            error={formAnswer?.form === 'password' && formAnswer.postId === post.id ? formAnswer.error : ''}
          />
        ) : (
          <PostBody
            t={t}
            html={post.contentHtml}
            elements={elements}
            leadImage={!post.featuredImage || post.featuredImageInBody}
            subscribe={
              options.showSubscribeCta && post.type === 'post' ? (
                <SubscribeCta t={t} variant="inline" source={post.id} options={options} />
              ) : undefined
            }
            className="pf-prose mx-auto mt-10 max-w-measure"
          />
        )}
        {post.tags.length > 0 && (
          <ul
            aria-label={t('post.tags')}
            className="mx-auto mt-10 flex max-w-measure flex-wrap gap-2 font-sans text-small"
          >
            {post.tags.map((tag) => (
              <li key={tag.id}>
                <SiteLink
                  href={tag.path}
                  className="rounded-card border border-border px-2 py-1 hover:border-accent"
                >
                  #{tag.name}
                </SiteLink>
              </li>
            ))}
          </ul>
        )}
        {post.taxonomyTerms.length > 0 && (
          <dl className="mx-auto mt-10 grid max-w-measure grid-cols-[auto_1fr] gap-x-4 gap-y-2 font-sans text-small">
            {post.taxonomyTerms.map((group) => (
              <div key={group.taxonomy} className="contents">
                <dt className="font-bold text-muted">{group.label}</dt>
                <dd className="flex flex-wrap gap-x-3">
                  {group.terms.map((term) => (
                    <SiteLink key={term.id} href={term.path} className="text-accent hover:underline">
                      {term.name}
                    </SiteLink>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {view.related && (
          <PostNavigation t={t} site={site} relations={view.related} slots={slots} options={options} />
        )}
        {view.comments && (
          <Comments
            t={t}
            site={site}
            section={view.comments}
            postPath={post.path}
            answer={formAnswer?.form === 'comment' && formAnswer.postId === post.id ? formAnswer.state : null}
          />
        )}
      </article>
    );
  },
);
