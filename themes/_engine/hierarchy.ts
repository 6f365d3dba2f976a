import type { Archive, Template, Theme, View } from './types';

// WordPress's template hierarchy (developer.wordpress.org/themes/basics/template-hierarchy/),
// as a pure function: the candidates for a query, most specific first, always ending in index.

export type TemplateQuery =
  | { kind: 'home'; isFrontPage: boolean }
  | { kind: 'front-page'; page: { slug: string; id: number } }
  | { kind: 'single'; postType: string; slug: string }
  | { kind: 'page'; slug: string; id: number }
  | { kind: 'category' | 'tag' | 'author'; slug: string; id: number }
  /** A post type's own archive (`has_archive`): /events/. */
  | { kind: 'post-type-archive'; postType: string }
  /** A term of a taxonomy that is neither category nor tag: /venue/harbour-hall/. */
  | { kind: 'taxonomy'; taxonomy: string; term: string }
  | { kind: 'date' }
  | { kind: 'search' }
  | { kind: '404' };

/** Template names to try for a query, most specific first. */
export function templateCandidates(query: TemplateQuery): string[] {
  switch (query.kind) {
    case 'home':
      // Posts on the front page: front-page → home → index. A separate posts page: home → index.
      return [...(query.isFrontPage ? ['front-page'] : []), 'home', 'index'];
    case 'front-page':
      return ['front-page', ...pageCandidates(query.page.slug, query.page.id), 'singular', 'index'];
    case 'single':
      return [
        `single-${query.postType}-${query.slug}`,
        `single-${query.postType}`,
        'single',
        'singular',
        'index',
      ];
    case 'page':
      return [...pageCandidates(query.slug, query.id), 'singular', 'index'];
    case 'category':
    case 'tag':
    case 'author':
      return [`${query.kind}-${query.slug}`, `${query.kind}-${query.id}`, query.kind, 'archive', 'index'];
    case 'post-type-archive':
      return [`archive-${query.postType}`, 'archive', 'index'];
    case 'taxonomy':
      return [
        `taxonomy-${query.taxonomy}-${query.term}`,
        `taxonomy-${query.taxonomy}`,
        'taxonomy',
        'archive',
        'index',
      ];
    case 'date':
      return ['date', 'archive', 'index'];
    case 'search':
      return ['search', 'index'];
    case '404':
      return ['404', 'index'];
  }
}

function pageCandidates(slug: string, id: number): string[] {
  return [`page-${slug}`, `page-${id}`, 'page'];
}

/** The query WordPress would have for a view. */
export function queryForView(view: View): TemplateQuery {
  switch (view.kind) {
    case 'home':
      return { kind: 'home', isFrontPage: view.isFrontPage };
    case 'singular':
      if (view.isFrontPage && view.entry.type === 'page') {
        return { kind: 'front-page', page: { slug: view.entry.page.slug, id: view.entry.page.id } };
      }
      return view.entry.type === 'post'
        ? { kind: 'single', postType: view.entry.post.type, slug: view.entry.post.slug }
        : { kind: 'page', slug: view.entry.page.slug, id: view.entry.page.id };
    case 'archive':
      return archiveQuery(view.archive);
    case 'search':
      return { kind: 'search' };
    case '404':
      return { kind: '404' };
  }
}

function archiveQuery(archive: Archive): TemplateQuery {
  switch (archive.kind) {
    case 'date':
      return { kind: 'date' };
    case 'post-type':
      return { kind: 'post-type-archive', postType: archive.contentName ?? archive.slug };
    case 'taxonomy':
      return { kind: 'taxonomy', taxonomy: archive.contentName ?? '', term: archive.slug };
    default:
      return { kind: archive.kind, slug: archive.slug, id: archive.id };
  }
}

/** The theme's template for a view: the first candidate the theme has (index always exists). */
export function resolveTemplate(theme: Theme, view: View): { name: string; Template: Template } {
  for (const name of templateCandidates(queryForView(view))) {
    const Template = theme.templates[name];
    if (Template) return { name, Template };
  }
  return { name: 'index', Template: theme.templates.index };
}
