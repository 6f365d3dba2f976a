// Records REST responses from the running local WordPress as JSON fixtures for unit tests,
// with the same queries the data layer makes. Run: npm run wp:record-fixtures
// (RECORD_ONLY=design: only the site designs, lib/wordpress/design/__fixtures__; RECORD_ONLY=content-model:
// only the content model, lib/wordpress/__fixtures__/content-model-wpX.Y.json).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { endpointOf } from '../lib/wordpress/client';
import { FOLLOW_UP_PLACEHOLDERS } from '../lib/wordpress/bundle';
import { pagesBySlugRequest } from '../lib/wordpress/pages';
import { surroundingRequests } from '../lib/wordpress/post-surroundings';
import { postsBySlugRequest } from '../lib/wordpress/posts';
import { indexFields, pageFields, postEmbeds, postFields, postSummaryFields } from '../lib/wordpress/schemas';
import { blockCatalog } from './content/block-catalog';
import { catalogMedia, wpAdmin as admin } from './content/wp-admin-client';

const base = (process.env.WORDPRESS_URL ?? '').replace(/\/$/, '');
const out = path.join(__dirname, '..', 'lib', 'wordpress', '__fixtures__');
const blocksOut = path.join(__dirname, '..', 'lib', 'content', '__fixtures__', 'blocks');
/** Each catalog block, rendered by WordPress itself (a draft per block, deleted afterwards). */
async function recordBlocks() {
  await mkdir(blocksOut, { recursive: true });
  const media = await catalogMedia();
  for (const block of blockCatalog) {
    const draft = await admin<{ id: number }>('POST', '/wp/v2/posts', {
      status: 'draft',
      title: `fixture ${block.name}`,
      content: block.markup(media),
    });
    const variants: [string, string][] = [[block.name, '']];
    if (block.html5Variant) variants.push([`${block.name}-html5`, '&pressfront_html5=1']);
    for (const [name, query] of variants) {
      const rendered = await admin<{ content: { rendered: string } }>(
        'GET',
        `/wp/v2/posts/${draft.id}?context=edit${query}`,
      );
      const fixture = {
        block: name,
        uses: block.uses,
        recordedFrom: base,
        rendered: rendered.content.rendered,
      };
      await writeFile(path.join(blocksOut, `${name}.json`), JSON.stringify(fixture, null, 2) + '\n');
      console.log(`recorded block ${name}`);
    }
    await admin('DELETE', `/wp/v2/posts/${draft.id}?force=true`);
  }
}

const fixtures: Record<string, string> = {
  index: `/?_fields=${indexFields}`,
  'post-long-form': `/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact&_embed=${postEmbeds}&_fields=${postFields}`,
  'posts-page-1': `/wp/v2/posts?page=1&per_page=10&sticky=false&_embed=${postEmbeds}&_fields=${postSummaryFields}`,
  'posts-sticky': `/wp/v2/posts?sticky=true&per_page=20&_embed=${postEmbeds}&_fields=${postSummaryFields}`,
  'page-about': `/wp/v2/pages?slug=about&_embed=wp:featuredmedia&_fields=${pageFields}`,
  'posts-page-past-end': `/wp/v2/posts?page=99&per_page=10&sticky=false&_fields=id`,
  // What a never-rendered long-form post asks of WordPress: its slug looked up, and what goes
  // around the post it finds as follow-ups (lib/wordpress/resolve.ts).
  'bundle-long-form-with-follow-ups': endpointOf('/pressfront/v1/bundle', {
    requests: JSON.stringify(
      [postsBySlugRequest, pagesBySlugRequest].map((read) => {
        const { path: route, query } = read('harbour-towns-sign-tidal-power-pact');
        return endpointOf(route, query);
      }),
    ),
    then: JSON.stringify(
      surroundingRequests(FOLLOW_UP_PLACEHOLDERS).map((read) => read && endpointOf(read.path, read.query)),
    ),
  }),
  'comments-long-form': `/wp/v2/comments?post=LONG_FORM_ID&per_page=100&page=1&orderby=date_gmt&order=asc&_fields=id,parent,author_name,author_url,date_gmt,content`,
};

async function main() {
  if (!base) throw new Error('WORDPRESS_URL is not set (run through backend/wp.sh run)');
  // The design fixtures alone, from each WordPress version (PRESSFRONT_WP_VERSION=6.8 npm run …).
  if (process.env.RECORD_ONLY === 'design') return recordDesigns();
  await mkdir(out, { recursive: true });
  if (process.env.RECORD_ONLY === 'content-model') return recordContentModel();
  const [longForm] = await admin<{ id: number }[]>(
    'GET',
    '/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact&_fields=id',
  );
  if (!longForm) throw new Error('no long-form post: is the local WordPress seeded?');
  for (const [name, template] of Object.entries(fixtures)) {
    const endpoint = template.replace('LONG_FORM_ID', String(longForm.id));
    const response = await fetch(`${base}/wp-json${endpoint}`);
    const fixture = {
      recordedFrom: endpoint,
      status: response.status,
      headers: {
        'x-wp-total': response.headers.get('x-wp-total'),
        'x-wp-totalpages': response.headers.get('x-wp-totalpages'),
      },
      body: (await response.json()) as unknown,
    };
    await writeFile(path.join(out, `${name}.json`), JSON.stringify(fixture, null, 2) + '\n');
    console.log(`recorded ${name} (${response.status})`);
  }
  await recordMenu();
  await recordBlocks();
  await recordDesigns();
  await recordContentModel();
}

/** The post types and taxonomies the plugin reports, on this WordPress version. */
async function recordContentModel() {
  const endpoint = '/pressfront/v1/content-model';
  const response = await fetch(`${base}/wp-json${endpoint}`);
  const version = process.env.PRESSFRONT_WP_VERSION ?? '6.8';
  const fixture = {
    recordedFrom: endpoint,
    status: response.status,
    headers: {},
    body: await response.json(),
  };
  const name = `content-model-wp${version}`;
  await writeFile(path.join(out, `${name}.json`), JSON.stringify(fixture, null, 2) + '\n');
  console.log(`recorded ${name} (${response.status})`);
}

/** The header menu's items, as an administrator reads them (menus are not public). */
async function recordMenu() {
  const locations = await admin<Record<string, { menu: number }>>('GET', '/wp/v2/menu-locations');
  const menu = locations.primary?.menu;
  if (!menu) throw new Error('no menu at the "primary" location: is the local WordPress seeded?');
  const endpoint = `/wp/v2/menu-items?menus=${menu}&per_page=100&_fields=id,title,url,parent,menu_order`;
  const body = await admin<unknown>('GET', endpoint);
  const fixture = { recordedFrom: endpoint, status: 200, headers: {}, body };
  await writeFile(path.join(out, 'menu-items-primary.json'), JSON.stringify(fixture, null, 2) + '\n');
  console.log('recorded menu-items-primary');
}

const designOut = path.join(__dirname, '..', 'lib', 'wordpress', 'design', '__fixtures__');

interface Variation {
  title: string;
  settings?: unknown;
  styles?: unknown;
}

/**
 * The site's design as the plugin answers it: for the active PHP theme, then (where WordPress has
 * them, 6.2+) with each of its first three style variations picked as the Site Editor picks one
 * (the user's global styles replaced by the variation's), the owner's styles put back after.
 */
async function recordDesigns() {
  await mkdir(designOut, { recursive: true });
  const record = async (suffix: string) => {
    const body = await admin<{ wordpress: string; theme: { stylesheet: string } }>(
      'GET',
      '/pressfront/v1/design',
    );
    const version = body.wordpress.split('.').slice(0, 2).join('.');
    const name = `design-${body.theme.stylesheet}${suffix}-wp${version}`;
    const fixture = { recordedFrom: '/pressfront/v1/design', status: 200, headers: {}, body };
    await writeFile(path.join(designOut, `${name}.json`), JSON.stringify(fixture, null, 2) + '\n');
    console.log(`recorded ${name}`);
    return body.theme.stylesheet;
  };
  const stylesheet = await record('');
  const themes = await admin<{ _links?: Record<string, { href: string }[]> }[]>(
    'GET',
    '/wp/v2/themes?status=active',
  );
  const userStyles = themes[0]?._links?.['wp:user-global-styles']?.[0]?.href.match(/(\d+)$/)?.[1];
  if (!userStyles) return;
  const variations = await admin<Variation[]>(
    'GET',
    `/wp/v2/global-styles/themes/${stylesheet}/variations`,
  ).catch(() => []);
  const own = await admin<{ settings: unknown; styles: unknown }>(
    'GET',
    `/wp/v2/global-styles/${userStyles}?context=edit`,
  );
  try {
    for (const variation of variations.slice(0, 3)) {
      await admin('POST', `/wp/v2/global-styles/${userStyles}`, {
        settings: variation.settings ?? {},
        styles: variation.styles ?? {},
      });
      await record(`-${variation.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
    }
  } finally {
    await admin('POST', `/wp/v2/global-styles/${userStyles}`, { settings: own.settings, styles: own.styles });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
