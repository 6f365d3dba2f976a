import { describe, expect, it } from 'vitest';
import { FIXTURE_WORDPRESS_URL, loadFixture } from './__fixtures__/load';
import { reshapeContentModel, type WpContentModel } from './content-model';

// The plugin's /pressfront/v1/content-model as ours: each entry checked on its own.

const WP = 'http://127.0.0.1:8790';
const type = (overrides: Record<string, unknown> = {}) => ({
  name: 'event',
  label: 'Events',
  singular_label: 'Event',
  builtin: false,
  rest_base: 'events',
  rest_namespace: 'wp/v2',
  hierarchical: false,
  archive: `${WP}/events/`,
  permalink_base: 'events',
  searchable: true,
  taxonomies: ['event-venue'],
  ...overrides,
});
const taxonomy = (overrides: Record<string, unknown> = {}) => ({
  name: 'event-venue',
  label: 'Venues',
  singular_label: 'Venue',
  builtin: false,
  rest_base: 'event-venues',
  rest_namespace: 'wp/v2',
  hierarchical: false,
  permalink_base: 'venue',
  types: ['event'],
  ...overrides,
});
const model = (raw: Partial<WpContentModel>) =>
  reshapeContentModel({ types: [], taxonomies: [], ...raw }, WP);

describe.each(['6.1', '6.8'])('the content model of WordPress %s (recorded)', (version) => {
  const { types, taxonomies } = reshapeContentModel(
    loadFixture(`content-model-wp${version}`).body as WpContentModel,
    FIXTURE_WORDPRESS_URL,
  );

  it('has what a visitor can see: WordPress’s own, and the events plugin’s type and taxonomy', () => {
    expect(types.map((t) => t.name)).toEqual(['post', 'page', 'attachment', 'event']);
    expect(taxonomies.map((t) => t.name)).toEqual(['category', 'post_tag', 'event-venue']);
    expect(types.find((t) => t.name === 'event')).toMatchObject({
      builtin: false,
      restPath: '/wp/v2/events',
      archivePath: '/events/',
      permalinkBase: 'events',
      searchable: true,
      taxonomies: ['event-venue'],
    });
    expect(taxonomies.find((t) => t.name === 'event-venue')).toMatchObject({
      restPath: '/wp/v2/event-venues',
      permalinkBase: 'venue',
      types: ['event'],
    });
  });

  it('leaves out what is in REST but not for visitors (a private type, the editor’s own)', () => {
    for (const hidden of ['internal-memo', 'wp_block', 'wp_template', 'wp_navigation'])
      expect(types.map((t) => t.name)).not.toContain(hidden);
  });
});

describe('the content model', () => {
  it('routes a plugin’s type and taxonomy by their REST collections, archive as a site path', () => {
    expect(model({ types: [type()], taxonomies: [taxonomy()] })).toEqual({
      types: [
        {
          name: 'event',
          label: 'Events',
          singularLabel: 'Event',
          builtin: false,
          restPath: '/wp/v2/events',
          restBase: 'events',
          hierarchical: false,
          archivePath: '/events/',
          permalinkBase: 'events',
          searchable: true,
          taxonomies: ['event-venue'],
        },
      ],
      taxonomies: [
        {
          name: 'event-venue',
          label: 'Venues',
          singularLabel: 'Venue',
          builtin: false,
          restPath: '/wp/v2/event-venues',
          restBase: 'event-venues',
          hierarchical: false,
          permalinkBase: 'venue',
          types: ['event'],
        },
      ],
    });
  });

  it('leaves out an entry it cannot route, keeps the others', () => {
    const { types, taxonomies } = model({
      types: [
        type({ name: 'broken', rest_base: undefined }),
        type({ name: 'sneaky', rest_base: '../../users' }),
        type({ name: 'odd', rest_namespace: 'https://evil.example/v1' }),
        type({ name: 'Bad Name' }),
        'not an object',
        type(),
      ],
      taxonomies: [taxonomy({ types: 'event' }), taxonomy({ name: 'genre' })],
    });
    expect(types.map((t) => t.name)).toEqual(['event']);
    expect(taxonomies.map((t) => t.name)).toEqual(['genre']);
  });

  it('has no archive path for an archive on another host, or none at all', () => {
    const { types } = model({
      types: [
        type({ name: 'a', archive: 'https://elsewhere.example/events/' }),
        type({ name: 'b', archive: null, permalink_base: '' }),
      ],
    });
    expect(types.map((t) => [t.archivePath, t.permalinkBase])).toEqual([
      [null, 'events'],
      [null, null],
    ]);
  });
});
