import { Fragment, type ReactNode } from 'react';
import { SiteLink } from '@/components/site-link';
import { formatDate, isoDate } from '@/lib/format/date';
import type { PostMetaProps } from '../../_engine/types';

/** Byline, date and reading time: each shown unless the site owner turned it off (themes/_engine/options). */
export function BasePostMeta({ post, site, readingMinutes, options, t }: PostMetaProps) {
  const parts: ReactNode[] = [];
  if (options.showAuthor && post.author) {
    parts.push(
      <span key="author">
        {t('post.byline')}{' '}
        <SiteLink href={post.author.path} className="font-semibold text-fg hover:text-accent">
          {post.author.name}
        </SiteLink>
      </span>,
    );
  }
  if (options.showDate) {
    parts.push(
      <time key="date" dateTime={isoDate(post.publishedAt, site.timeZone)}>
        {formatDate(post.publishedAt, site.timeZone, site.language)}
      </time>,
    );
  }
  if (options.showReadingTime && readingMinutes !== undefined) {
    parts.push(<span key="reading">{t('post.readingTime', { count: readingMinutes })}</span>);
  }
  if (parts.length === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-x-2 font-sans text-small text-muted">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true">·</span>}
          {part}
        </Fragment>
      ))}
    </p>
  );
}
