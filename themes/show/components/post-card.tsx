import Link from 'next/link';
import { WpImage } from '@/components/wp-image';
import type { Post, Site } from '@/lib/wordpress';
import { CategoryLabel } from './category-label';
import { PostMeta } from './post-meta';

export function PostCard({ post, site, lead = false }: { post: Post; site: Site; lead?: boolean }) {
  return (
    <article className={lead ? 'grid gap-6 md:grid-cols-2 md:items-center' : 'flex flex-col gap-3'}>
      {post.featuredImage && (
        <Link
          href={post.path}
          tabIndex={-1}
          aria-hidden="true"
          className="block overflow-hidden rounded-card"
        >
          <WpImage
            media={post.featuredImage}
            sizes={
              lead
                ? '(min-width: 768px) 36rem, 100vw'
                : '(min-width: 1024px) 22rem, (min-width: 640px) 50vw, 100vw'
            }
            priority={lead}
            alt=""
            className="aspect-[16/10] w-full object-cover"
          />
        </Link>
      )}
      <div className="flex flex-col gap-2">
        <CategoryLabel category={post.categories[0]} />
        <h2
          className={`font-display font-extrabold leading-tight ${lead ? 'text-3xl sm:text-4xl' : 'text-xl'}`}
        >
          <Link href={post.path} className="hover:text-accent">
            {post.title}
          </Link>
        </h2>
        {post.excerpt && (
          <p className={`font-body text-muted ${lead ? 'text-lg' : 'line-clamp-4'}`}>{post.excerpt}</p>
        )}
        <PostMeta post={post} site={site} />
      </div>
    </article>
  );
}
