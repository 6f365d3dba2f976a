import { SiteLink } from '@/components/site-link';
import type { PaginationProps } from '../../_engine/types';

/** Older/newer links for a listing whose page 1 is `basePath` and page n is `basePath/page/n/`. */
export function BasePagination({ pageInfo, basePath, query, t }: PaginationProps) {
  if (!pageInfo.hasNext && !pageInfo.hasPrevious) return null;
  const href = (page: number) =>
    `${page <= 1 ? basePath : `${basePath}page/${page}/`}${query ? `?${query}` : ''}`;
  return (
    <nav
      aria-label={t('pagination.label')}
      className="mt-12 flex items-center justify-between gap-4 border-t border-border pt-6 font-sans"
    >
      {pageInfo.hasPrevious ? (
        <SiteLink href={href(pageInfo.page - 1)} rel="prev" className="font-semibold hover:text-accent">
          {t('pagination.newer')}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-small text-muted">
        {t('pagination.position', { page: pageInfo.page, total: pageInfo.totalPages })}
      </span>
      {pageInfo.hasNext ? (
        <SiteLink href={href(pageInfo.page + 1)} rel="next" className="font-semibold hover:text-accent">
          {t('pagination.older')}
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
