import type { Metadata } from 'next';
import type { Media, Site } from '@/lib/wordpress';
import type { Archive, View } from '@/lib/wordpress';
import { getPublicOrigin } from './origin';

const pageSuffix = (page: number) => (page > 1 ? ` – Page ${page}` : '');
const pagedPath = (path: string, page: number) => (page > 1 ? `${path}page/${page}/` : path);
/** Archives with a feed of their own at `{path}feed/` (app/feeds): all but authors' and dates'. */
const FEED_KINDS = new Set<Archive['kind']>(['category', 'tag', 'post-type', 'taxonomy']);

function ogImages(media: Media | null) {
  return media ? [{ url: media.url, width: media.width, height: media.height, alt: media.alt }] : undefined;
}

/**
 * The <head> of a view, as an SEO plugin on the WordPress side would write it: titles (the layout
 * appends the site name), descriptions, canonical URLs on the public origin, Open Graph and Twitter
 * cards, and `noindex` where WordPress asks robots not to index (search, 404) and on listing pages
 * past the first, which only repeat what page 1 leads to.
 */
export async function viewMetadata(site: Site, view: View): Promise<Metadata> {
  const origin = await getPublicOrigin();
  const base = { metadataBase: new URL(origin) };
  const noindex = { robots: { index: false, follow: true } };
  switch (view.kind) {
    case 'singular': {
      if (view.entry.type === 'page') {
        const { page } = view.entry;
        return {
          ...base,
          title: page.title,
          alternates: { canonical: page.path },
          openGraph: {
            type: 'website',
            title: page.title,
            url: page.path,
            siteName: site.name,
            images: ogImages(page.featuredImage),
          },
          twitter: { card: page.featuredImage ? 'summary_large_image' : 'summary', title: page.title },
        };
      }
      const { post } = view.entry;
      const description = post.excerpt || undefined;
      return {
        ...base,
        title: post.title,
        description,
        alternates: { canonical: post.path },
        authors: post.author ? [{ name: post.author.name, url: post.author.path }] : undefined,
        openGraph: {
          type: 'article',
          title: post.title,
          description,
          url: post.path,
          siteName: site.name,
          locale: site.language.replace('-', '_'),
          publishedTime: post.publishedAt,
          modifiedTime: post.modifiedAt,
          authors: post.author ? [post.author.name] : undefined,
          section: post.categories[0]?.name,
          tags: post.tags.map((t) => t.name),
          images: ogImages(post.featuredImage),
        },
        twitter: {
          card: post.featuredImage ? 'summary_large_image' : 'summary',
          title: post.title,
          description,
        },
        ...(post.passwordProtected ? noindex : {}),
      };
    }
    case 'home': {
      const { page } = view.posts.pageInfo;
      const path = pagedPath('/', page);
      return {
        ...base,
        // The front page's title is the site's own: no "– Site" suffix.
        title:
          page > 1
            ? `Page ${page}`
            : { absolute: site.description ? `${site.name} – ${site.description}` : site.name },
        description: site.description || undefined,
        alternates: { canonical: path, types: { 'application/rss+xml': '/feed/' } },
        openGraph: {
          type: 'website',
          title: site.name,
          description: site.description,
          url: path,
          siteName: site.name,
        },
        ...(page > 1 ? noindex : {}),
      };
    }
    case 'archive': {
      const { archive, posts } = view;
      const { page } = posts.pageInfo;
      const path = pagedPath(archive.path, page);
      const feed = FEED_KINDS.has(archive.kind) ? `${archive.path}feed/` : undefined;
      return {
        ...base,
        title: `${archive.title}${pageSuffix(page)}`,
        description: archive.description || undefined,
        alternates: { canonical: path, ...(feed ? { types: { 'application/rss+xml': feed } } : {}) },
        openGraph: { type: 'website', title: archive.title, url: path, siteName: site.name },
        ...(page > 1 ? noindex : {}),
      };
    }
    case 'search': {
      const { page } = view.posts.pageInfo;
      return {
        ...base,
        title: `${view.query ? `Search results for “${view.query}”` : 'Search'}${pageSuffix(page)}`,
        ...noindex,
      };
    }
    case '404':
      return { ...base, title: 'Page not found', ...noindex };
  }
}
