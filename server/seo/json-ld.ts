import type { Site } from '@/lib/wordpress';
import type { View } from '@/lib/wordpress';

type Thing = Record<string, unknown>;

/**
 * Structured data for a view (schema.org, as JSON-LD): the WebSite with its SearchAction on the
 * front page, a BlogPosting with author, publisher and image on posts, and a BreadcrumbList on
 * posts, pages and archives. URLs are absolute on the public origin.
 */
export function viewJsonLd(site: Site, view: View, origin: string): Thing[] {
  const url = (path: string) => new URL(path, origin).toString();
  const publisher: Thing = {
    '@type': 'Organization',
    name: site.name,
    url: url('/'),
    ...(site.iconUrl ? { logo: { '@type': 'ImageObject', url: site.iconUrl } } : {}),
  };
  const crumbs = (trail: { name: string; path: string }[]): Thing => ({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: site.name, path: '/' }, ...trail].map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: url(c.path),
    })),
  });

  switch (view.kind) {
    case 'home':
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: site.name,
          description: site.description || undefined,
          url: url('/'),
          inLanguage: site.language,
          potentialAction: {
            '@type': 'SearchAction',
            target: { '@type': 'EntryPoint', urlTemplate: `${url('/')}?s={search_term_string}` },
            'query-input': 'required name=search_term_string',
          },
        },
      ];
    case 'singular': {
      if (view.entry.type === 'page') {
        const { page } = view.entry;
        return [crumbs([{ name: page.title, path: page.path }])];
      }
      const { post } = view.entry;
      // An item of a type a plugin registered (an event) is no blog post: a page of the site's.
      if (post.type !== 'post') return [crumbs([{ name: post.title, path: post.path }])];
      const section = post.categories[0];
      return [
        {
          '@context': 'https://schema.org',
          '@type': 'BlogPosting',
          headline: post.title,
          description: post.excerpt || undefined,
          url: url(post.path),
          mainEntityOfPage: { '@type': 'WebPage', '@id': url(post.path) },
          datePublished: post.publishedAt,
          dateModified: post.modifiedAt,
          inLanguage: site.language,
          ...(post.author
            ? { author: { '@type': 'Person', name: post.author.name, url: url(post.author.path) } }
            : {}),
          publisher,
          ...(post.featuredImage
            ? {
                image: {
                  '@type': 'ImageObject',
                  url: post.featuredImage.url,
                  width: post.featuredImage.width,
                  height: post.featuredImage.height,
                },
              }
            : {}),
          ...(section ? { articleSection: section.name } : {}),
          ...(post.tags.length > 0 ? { keywords: post.tags.map((t) => t.name).join(', ') } : {}),
        },
        crumbs([
          ...(section ? [{ name: section.name, path: section.path }] : []),
          { name: post.title, path: post.path },
        ]),
      ];
    }
    case 'archive':
      return [crumbs([{ name: view.archive.title, path: view.archive.path }])];
    case 'search':
    case '404':
      return [];
  }
}

/** JSON for a <script> element: `<` escaped so no text in it can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
