// Records REST responses from the running local WordPress as JSON fixtures for unit tests,
// with the same queries the data layer makes. Run: npm run wp:record-fixtures
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexFields, pageFields, postEmbeds, postFields } from '../lib/wordpress/schemas';

const base = (process.env.WORDPRESS_URL ?? '').replace(/\/$/, '');
const out = path.join(__dirname, '..', 'lib', 'wordpress', '__fixtures__');

const fixtures: Record<string, string> = {
  index: `/?_fields=${indexFields}`,
  'post-long-form': `/wp/v2/posts?slug=harbour-towns-sign-tidal-power-pact&_embed=${postEmbeds}&_fields=${postFields}`,
  'posts-page-1': `/wp/v2/posts?page=1&per_page=10&sticky=false&_embed=${postEmbeds}&_fields=${postFields}`,
  'posts-sticky': `/wp/v2/posts?sticky=true&per_page=20&_embed=${postEmbeds}&_fields=${postFields}`,
  'page-about': `/wp/v2/pages?slug=about&_embed=wp:featuredmedia&_fields=${pageFields}`,
  'posts-page-past-end': `/wp/v2/posts?page=99&per_page=10&sticky=false&_fields=id`,
};

async function main() {
  if (!base) throw new Error('WORDPRESS_URL is not set (run through backend/wp.sh run)');
  await mkdir(out, { recursive: true });
  for (const [name, endpoint] of Object.entries(fixtures)) {
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
