import { SiteLink } from '@/components/site-link';
import type { PostNavigationProps } from '../../_engine/types';
import { PostGrid } from '../templates/listing';

/** Older and newer posts (WordPress's previous/next post links), then more from the same section. */
export function BasePostNavigation({ site, relations, slots, options, t }: PostNavigationProps) {
  const { previous, next, sameCategory } = relations;
  return (
    <div className="mx-auto mt-12 max-w-wide">
      {(previous || next) && (
        <nav
          aria-label={t('postNavigation.label')}
          className="grid gap-4 border-y border-border py-6 font-sans sm:grid-cols-2"
        >
          {previous ? (
            <SiteLink href={previous.path} rel="prev" className="group flex flex-col gap-1">
              <span className="text-small text-muted">{t('postNavigation.older')}</span>
              <span className="font-display font-bold group-hover:text-accent">{previous.title}</span>
            </SiteLink>
          ) : (
            <span />
          )}
          {next && (
            <SiteLink href={next.path} rel="next" className="group flex flex-col gap-1 sm:text-end">
              <span className="text-small text-muted">{t('postNavigation.newer')}</span>
              <span className="font-display font-bold group-hover:text-accent">{next.title}</span>
            </SiteLink>
          )}
        </nav>
      )}
      {sameCategory.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="font-display text-h3 font-bold">
            {t('postNavigation.related')}
          </h2>
          <PostGrid t={t} posts={sameCategory} site={site} slots={slots} options={options} className="mt-6" />
        </section>
      )}
    </div>
  );
}
