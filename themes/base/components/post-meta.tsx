import { SiteLink } from '@/components/site-link';
import { formatDate, isoDate } from '@/lib/format/date';
import type { PostMetaProps } from '../../types';

export function BasePostMeta({ post, site, readingMinutes }: PostMetaProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 font-sans text-small text-muted">
      {post.author && (
        <>
          <span>
            By{' '}
            <SiteLink href={post.author.path} className="font-semibold text-fg hover:text-accent">
              {post.author.name}
            </SiteLink>
          </span>
          <span aria-hidden="true">·</span>
        </>
      )}
      <time dateTime={isoDate(post.publishedAt, site.timeZone)}>
        {formatDate(post.publishedAt, site.timeZone, site.language)}
      </time>
      {readingMinutes !== undefined && (
        <>
          <span aria-hidden="true">·</span>
          <span>{readingMinutes} min read</span>
        </>
      )}
    </p>
  );
}
