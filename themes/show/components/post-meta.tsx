import Link from 'next/link';
import { formatDate, isoDate } from '@/lib/format/date';
import type { Post, Site } from '@/lib/wordpress';

export function PostMeta({
  post,
  site,
  readingTime = false,
}: {
  post: Post;
  site: Site;
  readingTime?: boolean;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
      {post.author && (
        <>
          <span>
            By{' '}
            <Link href={post.author.path} className="font-semibold text-fg hover:text-accent">
              {post.author.name}
            </Link>
          </span>
          <span aria-hidden="true">·</span>
        </>
      )}
      <time dateTime={isoDate(post.publishedAt, site.timeZone)}>
        {formatDate(post.publishedAt, site.timeZone)}
      </time>
      {readingTime && (
        <>
          <span aria-hidden="true">·</span>
          <span>{post.readingMinutes} min read</span>
        </>
      )}
    </p>
  );
}
