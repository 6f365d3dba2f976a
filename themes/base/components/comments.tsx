import { SiteLink } from '@/components/site-link';
import { CommentForm } from '@/components/comments/comment-form';
import { commentFormLabels } from '@/components/comments/comment-form-labels';
import { PostBody } from '@/components/post-body';
import { formatDate, isoDate } from '@/lib/format/date';
import type { Comment, Site } from '@/lib/wordpress';
import type { CommentsProps, Translate } from '../../_engine/types';
import { baseElements } from '../elements';

// Comments are the readers' words, not the theme's articles: plain base elements render them
// (elements={baseElements} below).

interface CommentItemProps {
  comment: Comment;
  site: Site;
  /** Open to replies: each comment gets a Reply link to the form. */
  open: boolean;
  t: Translate;
}

function CommentItem({ comment, site, open, t }: CommentItemProps) {
  return (
    <li id={`comment-${comment.id}`} className="mt-6">
      <article className="rounded-card border border-border p-4">
        <div className="flex flex-wrap items-baseline gap-x-2 font-sans text-small">
          <span className="font-semibold">
            {comment.authorUrl ? (
              <a
                href={comment.authorUrl}
                rel="ugc nofollow noopener noreferrer"
                className="hover:text-accent"
              >
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </span>
          <a href={`#comment-${comment.id}`} className="text-muted hover:text-accent">
            <time dateTime={isoDate(comment.publishedAt, site.timeZone)}>
              {formatDate(comment.publishedAt, site.timeZone, site.language)}
            </time>
          </a>
        </div>
        <PostBody
          t={t}
          html={comment.contentHtml}
          elements={baseElements}
          className="mt-2 font-body [&_a]:underline [&_p+p]:mt-3"
        />
        {open && (
          // To the form, where "Reply to" chooses the comment; the form's island chooses it for the reader.
          <a
            href="#respond"
            data-reply-to={comment.id}
            aria-label={t('comments.replyTo', { author: comment.authorName })}
            className="mt-2 inline-block font-sans text-small font-semibold text-accent hover:underline"
          >
            {t('comments.reply')}
          </a>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol className="ms-4 border-s border-border ps-4 sm:ms-8">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} site={site} open={open} t={t} />
          ))}
        </ol>
      )}
    </li>
  );
}

const flatten = (comments: Comment[]): Comment[] => comments.flatMap((c) => [c, ...flatten(c.replies)]);

/** Approved comments, threaded, a page of threads at a time; then the form, or why there is none. */
export function BaseComments({ site, section, postPath, answer, t }: CommentsProps) {
  const { total, page, totalPages, threads, open } = section;
  const pagePath = (n: number) => `${n === 1 ? postPath : `${postPath}comment-page-${n}/`}#comments`;
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mx-auto mt-12 max-w-measure">
      <h2 id="comments-heading" className="font-display text-h3 font-bold">
        {total === 0 ? t('comments.title') : t('comments.count', { count: total })}
      </h2>
      {threads.length > 0 && (
        <ol>
          {threads.map((comment) => (
            <CommentItem key={comment.id} comment={comment} site={site} open={open} t={t} />
          ))}
        </ol>
      )}
      {totalPages > 1 && (
        <nav aria-label={t('comments.pages')} className="mt-6 flex justify-between font-sans text-small">
          {page > 1 ? <SiteLink href={pagePath(page - 1)}>{t('comments.earlier')}</SiteLink> : <span />}
          <span className="text-muted">{t('pagination.position', { page, total: totalPages })}</span>
          {page < totalPages ? (
            <SiteLink href={pagePath(page + 1)}>{t('comments.later')}</SiteLink>
          ) : (
            <span />
          )}
        </nav>
      )}
      {open ? (
        <CommentForm
          postId={section.postId}
          replyTargets={flatten(threads).map((c) => ({
            id: c.id,
            label: t('commentForm.replyToComment', { author: c.authorName, id: c.id }),
          }))}
          postPath={postPath}
          labels={commentFormLabels(t)}
          answer={answer}
        />
      ) : (
        <p className="mt-6 font-sans text-muted">{t('comments.closed')}</p>
      )}
    </section>
  );
}
