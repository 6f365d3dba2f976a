import { describe, expect, it } from 'vitest';
import { defineTheme } from './define-theme';
import { queryForView, resolveTemplate, templateCandidates } from './hierarchy';
import type { Template, View } from './types';

describe('templateCandidates follows the WordPress template hierarchy', () => {
  it.each([
    [
      { kind: 'single', postType: 'post', slug: 'hello' },
      ['single-post-hello', 'single-post', 'single', 'singular', 'index'],
    ],
    [{ kind: 'page', slug: 'about', id: 7 }, ['page-about', 'page-7', 'page', 'singular', 'index']],
    [
      { kind: 'category', slug: 'news', id: 3 },
      ['category-news', 'category-3', 'category', 'archive', 'index'],
    ],
    [{ kind: 'tag', slug: 'space', id: 9 }, ['tag-space', 'tag-9', 'tag', 'archive', 'index']],
    [
      { kind: 'author', slug: 'marta-quinn', id: 2 },
      ['author-marta-quinn', 'author-2', 'author', 'archive', 'index'],
    ],
    [
      { kind: 'single', postType: 'event', slug: 'tide-festival' },
      ['single-event-tide-festival', 'single-event', 'single', 'singular', 'index'],
    ],
    [{ kind: 'post-type-archive', postType: 'event' }, ['archive-event', 'archive', 'index']],
    [
      { kind: 'taxonomy', taxonomy: 'event-venue', term: 'harbour-hall' },
      ['taxonomy-event-venue-harbour-hall', 'taxonomy-event-venue', 'taxonomy', 'archive', 'index'],
    ],
    [{ kind: 'date' }, ['date', 'archive', 'index']],
    [{ kind: 'search' }, ['search', 'index']],
    [{ kind: '404' }, ['404', 'index']],
    [{ kind: 'home', isFrontPage: true }, ['front-page', 'home', 'index']],
    [{ kind: 'home', isFrontPage: false }, ['home', 'index']],
    [
      { kind: 'front-page', page: { slug: 'welcome', id: 4 } },
      ['front-page', 'page-welcome', 'page-4', 'page', 'singular', 'index'],
    ],
  ] as const)('%j', (query, expected) => {
    expect(templateCandidates(query)).toEqual(expected);
  });
});

const pageInfo = { page: 1, perPage: 10, total: 0, totalPages: 0, hasPrevious: false, hasNext: false };
const post = { slug: 'hello', type: 'post' } as never;

describe('queryForView', () => {
  it('maps each view to the query WordPress would have', () => {
    const listing = { sticky: [], posts: { items: [], pageInfo } };
    expect(queryForView({ kind: 'home', ...listing, path: '/', isFrontPage: true })).toEqual({
      kind: 'home',
      isFrontPage: true,
    });
    // The posts page of a site with a static front page.
    expect(queryForView({ kind: 'home', ...listing, path: '/blog/', isFrontPage: false })).toEqual({
      kind: 'home',
      isFrontPage: false,
    });
    const page = { slug: 'welcome', id: 5 } as never;
    expect(queryForView({ kind: 'singular', entry: { type: 'page', page }, isFrontPage: true })).toEqual({
      kind: 'front-page',
      page,
    });
    expect(queryForView({ kind: 'singular', entry: { type: 'post', post } })).toEqual({
      kind: 'single',
      postType: 'post',
      slug: 'hello',
    });
    const date = {
      kind: 'date',
      id: 0,
      slug: '2026-11',
      title: 'November 2026',
      description: '',
      path: '/2026/11/',
    } as const;
    expect(queryForView({ kind: 'archive', archive: date, posts: { items: [], pageInfo } })).toEqual({
      kind: 'date',
    });
    const archive = {
      kind: 'tag',
      id: 9,
      slug: 'space',
      title: 'Space',
      description: '',
      path: '/tag/space/',
    } as const;
    expect(queryForView({ kind: 'archive', archive, posts: { items: [], pageInfo } })).toEqual({
      kind: 'tag',
      slug: 'space',
      id: 9,
    });
  });

  it('maps items, archives and terms of types a plugin registered by their own names', () => {
    const event = { slug: 'harbour-lights', type: 'event' } as never;
    expect(queryForView({ kind: 'singular', entry: { type: 'post', post: event } })).toEqual({
      kind: 'single',
      postType: 'event',
      slug: 'harbour-lights',
    });
    const listing = { items: [], pageInfo };
    const events = {
      kind: 'post-type',
      id: 0,
      slug: 'event',
      title: 'Events',
      description: '',
      path: '/events/',
      contentName: 'event',
    } as const;
    expect(queryForView({ kind: 'archive', archive: events, posts: listing })).toEqual({
      kind: 'post-type-archive',
      postType: 'event',
    });
    const venue = {
      kind: 'taxonomy',
      id: 4,
      slug: 'harbour-hall',
      title: 'Harbour Hall',
      description: '',
      path: '/venue/harbour-hall/',
      contentName: 'event-venue',
      label: 'Venue',
    } as const;
    expect(queryForView({ kind: 'archive', archive: venue, posts: listing })).toEqual({
      kind: 'taxonomy',
      taxonomy: 'event-venue',
      term: 'harbour-hall',
    });
  });
});

describe('resolveTemplate', () => {
  const named = (name: string): Template => Object.assign(() => null, { displayName: name });
  const view: View = { kind: 'singular', entry: { type: 'post', post } };

  it('picks the most specific template the theme has', () => {
    const theme = defineTheme({
      name: 'fixture',
      label: 'Fixture',
      description: 'Test fixture',
      templates: { single: named('single'), 'single-post-hello': named('special') },
    });
    expect(resolveTemplate(theme, view).name).toBe('single-post-hello');
  });

  it('falls back through the hierarchy to what the base theme provides', () => {
    const theme = defineTheme({ name: 'fixture', label: 'Fixture', description: 'Test fixture' });
    expect(resolveTemplate(theme, view).name).toBe('singular');
    expect(resolveTemplate(theme, { kind: '404' }).name).toBe('404');
  });
});
