import { describe, expect, it } from 'vitest';
import { reshapeNavigationItems } from './block-navigation';

const WP = 'http://127.0.0.1:8790';

describe('the Navigation block’s menu as ours', () => {
  it('nests links as site paths with text labels; a submenu without a link opens on its first entry', () => {
    expect(
      reshapeNavigationItems(
        [
          { title: 'About <em>us</em>', url: `${WP}/about/`, children: [] },
          {
            title: 'Harbour',
            url: '',
            children: [
              { title: 'Tides', url: `${WP}/tides/`, children: [] },
              { title: 'Elsewhere', url: 'https://example.org/x', children: [] },
            ],
          },
        ],
        WP,
      ),
    ).toEqual([
      { label: 'About us', path: '/about/' },
      {
        label: 'Harbour',
        path: '/tides/',
        children: [
          { label: 'Tides', path: '/tides/' },
          { label: 'Elsewhere', path: 'https://example.org/x' },
        ],
      },
    ]);
  });

  it('drops items with no label or nowhere to go, keeping their entries, and stops three levels down', () => {
    const deep = (n: number): { title: string; url: string; children: never[] }[] =>
      n === 0 ? [] : [{ title: `L${n}`, url: `${WP}/l${n}/`, children: deep(n - 1) as never[] }];
    expect(
      reshapeNavigationItems(
        [{ title: '', url: `${WP}/x/`, children: [{ title: 'Kept', url: `${WP}/k/`, children: [] }] }],
        WP,
      ),
    ).toEqual([{ label: 'Kept', path: '/k/' }]);
    const nested = reshapeNavigationItems(deep(6), WP);
    expect(JSON.stringify(nested).match(/label/g)).toHaveLength(4);
  });
});
