import Link from 'next/link';
import { PostBody } from '@/components/post-body';
import { WpImage } from '@/components/wp-image';
import type { SingleTemplateProps } from '../../types';
import { CategoryLabel } from '../components/category-label';
import { PostMeta } from '../components/post-meta';
import { SubscribeCta } from '../components/subscribe-cta';

export function SingleTemplate({ site, post }: SingleTemplateProps) {
  return (
    <article className="mx-auto max-w-wide px-4 py-10">
      <header className="mx-auto flex max-w-measure flex-col gap-4">
        <CategoryLabel category={post.categories[0]} />
        <h1 className="font-display text-3xl font-black leading-tight sm:text-5xl">{post.title}</h1>
        {post.excerpt && <p className="font-body text-xl text-muted">{post.excerpt}</p>}
        <PostMeta post={post} site={site} readingTime />
      </header>
      {post.featuredImage && (
        <figure className="mx-auto mt-8 max-w-wide">
          <WpImage
            media={post.featuredImage}
            sizes="(min-width: 72rem) 72rem, 100vw"
            priority
            className="h-auto w-full rounded-card"
          />
          {post.featuredImage.caption && (
            <figcaption className="mt-2 text-sm text-muted">{post.featuredImage.caption}</figcaption>
          )}
        </figure>
      )}
      <PostBody
        html={post.contentHtml}
        subscribe={<SubscribeCta variant="inline" />}
        className="pf-prose mx-auto mt-10 max-w-measure"
      />
      {post.tags.length > 0 && (
        <ul aria-label="Tags" className="mx-auto mt-10 flex max-w-measure flex-wrap gap-2 font-sans text-sm">
          {post.tags.map((tag) => (
            <li key={tag.id}>
              <Link
                href={tag.path}
                className="rounded-card border border-border px-2 py-1 hover:border-accent"
              >
                #{tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
