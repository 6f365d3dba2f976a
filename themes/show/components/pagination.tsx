import Link from 'next/link';
import type { PageInfo } from '@/lib/wordpress';

/** Older/newer links for a listing whose page 1 is `basePath` and page n is `basePath/page/n/`. */
export function Pagination({ pageInfo, basePath = '/' }: { pageInfo: PageInfo; basePath?: string }) {
  if (!pageInfo.hasNext && !pageInfo.hasPrevious) return null;
  const href = (page: number) => (page <= 1 ? basePath : `${basePath}page/${page}/`);
  return (
    <nav
      aria-label="Pagination"
      className="mt-12 flex items-center justify-between border-t border-border pt-6 font-sans"
    >
      {pageInfo.hasPrevious ? (
        <Link href={href(pageInfo.page - 1)} rel="prev" className="font-semibold hover:text-accent">
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        Page {pageInfo.page} of {pageInfo.totalPages}
      </span>
      {pageInfo.hasNext ? (
        <Link href={href(pageInfo.page + 1)} rel="next" className="font-semibold hover:text-accent">
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
