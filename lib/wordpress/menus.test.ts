import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FIXTURE_WORDPRESS_URL as WP, loadFixture } from './__fixtures__/load';
import { nestMenuItems } from './menus';

const item = z.object({
  id: z.number(),
  title: z.object({ rendered: z.string() }),
  url: z.string(),
  parent: z.number(),
  menu_order: z.number(),
});

describe('nestMenuItems', () => {
  it('nests the recorded header menu as the editor arranged it, with site paths', () => {
    const items = z.array(item).parse(loadFixture('menu-items-primary').body);
    const menu = nestMenuItems(items, WP);
    expect(menu.map((i) => i.label)).toEqual(['News', 'World', 'Science', 'Culture', 'Technology', 'About']);
    expect(menu.find((i) => i.label === 'Science')?.children).toEqual([
      { label: 'Climate', path: '/category/science/climate/' },
    ]);
    expect(menu.find((i) => i.label === 'About')).toEqual({
      label: 'About',
      path: '/about/',
      children: [{ label: 'Masthead', path: '/about/masthead/' }],
    });
  });

  it('puts orphans at the top, decodes titles and keeps links off the site as they are', () => {
    const menu = nestMenuItems(
      [
        {
          id: 1,
          title: { rendered: 'Books &amp; <em>Music</em>' },
          url: `${WP}/tag/books/`,
          parent: 0,
          menu_order: 2,
        },
        { id: 2, title: { rendered: 'Elsewhere' }, url: 'https://example.org/x', parent: 99, menu_order: 1 },
      ],
      WP,
    );
    expect(menu).toEqual([
      { label: 'Elsewhere', path: 'https://example.org/x' },
      { label: 'Books & Music', path: '/tag/books/' },
    ]);
  });
});
