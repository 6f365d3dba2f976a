import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HOSTS } from '../config';
import { reshapeWidgetAreas } from './widgets';

// The plugin's widget areas as ours: the output sanitized like a post's body.

const policy = { wordpressUrl: 'http://127.0.0.1:8790', embedHosts: DEFAULT_EMBED_HOSTS };

describe('widget areas', () => {
  it('keep each area, its role and its widgets’ output, links made this site’s', () => {
    expect(
      reshapeWidgetAreas(
        {
          areas: [
            {
              id: 'pressfront-sidebar',
              name: 'Pressfront: sidebar',
              role: 'sidebar',
              html: '<section id="block-2" class="widget widget_block"><p><a href="http://127.0.0.1:8790/about/">About us</a></p></section>',
            },
            { id: 'sidebar-1', name: '', role: null, html: '  ' },
          ],
        },
        policy,
      ),
    ).toEqual([
      {
        id: 'pressfront-sidebar',
        name: 'Pressfront: sidebar',
        role: 'sidebar',
        html: expect.stringContaining('<a href="/about/">About us</a>') as string,
        // From a Bridge that sends the area whole only: one widget of it.
        widgets: [
          { kind: 'html', html: expect.stringContaining('<a href="/about/">About us</a>') as string },
        ],
      },
      { id: 'sidebar-1', name: 'sidebar-1', role: null, html: '', widgets: [] },
    ]);
  });

  it('keep each widget apart, a search widget as a title for the theme’s own form, its markup dropped', () => {
    const [area] = reshapeWidgetAreas(
      {
        areas: [
          {
            id: 'pressfront-sidebar',
            name: 'Sidebar',
            role: 'sidebar',
            html: '…',
            widgets: [
              {
                kind: 'search',
                title: 'Find a &amp; story <b>now</b>',
                html: '<form role="search"><input name="s"></form>',
              },
              { kind: 'html', title: '', html: '<section class="widget"><p>Open daily</p></section>' },
              { kind: 'html', title: '', html: '<script>alert(1)</script>' },
            ],
          },
        ],
      },
      policy,
    );
    expect(area?.widgets).toEqual([
      { kind: 'search', title: 'Find a & story now' },
      { kind: 'html', html: '<section class="widget"><p>Open daily</p></section>' },
    ]);
  });

  it('make hostile widget markup inert', () => {
    const [area] = reshapeWidgetAreas(
      {
        areas: [
          {
            id: 'pressfront-footer',
            name: 'Footer',
            role: 'footer',
            html: '<p onclick="alert(1)">Hi</p><script>alert(2)</script><img src=x onerror="alert(3)"><a href="javascript:alert(4)">x</a>',
          },
        ],
      },
      policy,
    );
    expect(area?.html).toContain('Hi');
    expect(area?.html).not.toMatch(/onclick|onerror|<script|javascript:/i);
    expect(area?.widgets.map((w) => (w.kind === 'html' ? w.html : ''))).toEqual([area?.html]);
  });
});
