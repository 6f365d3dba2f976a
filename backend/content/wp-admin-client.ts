// The local WordPress's REST API as the administrator (its Application Password from
// `backend/wp.sh env`), for the scripts that write content into it: fixtures, screenshots.
import type { CatalogMedia, UploadedFile, UploadedImage } from './blocks';

export async function wpAdmin<T>(method: string, route: string, body?: unknown): Promise<T> {
  const base = (process.env.WORDPRESS_URL ?? '').replace(/\/$/, '');
  const auth = Buffer.from(
    `${process.env.WORDPRESS_APP_USER ?? ''}:${process.env.WORDPRESS_APP_PASSWORD ?? ''}`,
  ).toString('base64');
  const response = await fetch(`${base}/wp-json${route}`, {
    method,
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The seeded media the block catalogue's markup uses. */
export async function catalogMedia(): Promise<CatalogMedia> {
  const find = async (slug: string): Promise<UploadedImage> => {
    const [m] = await wpAdmin<{ id: number; source_url: string; alt_text: string }[]>(
      'GET',
      `/wp/v2/media?slug=${slug}`,
    );
    if (!m) throw new Error(`no media "${slug}": is the local WordPress seeded?`);
    return { id: m.id, url: m.source_url, alt: m.alt_text, caption: '' };
  };
  const file = async (slug: string): Promise<UploadedFile> => {
    const { id, url } = await find(slug);
    return { id, url };
  };
  return {
    a: await find('harbour-at-dawn'),
    b: await find('city-square'),
    c: await find('night-market'),
    video: await file('harbour-at-high-tide'),
    audio: await file('harbour-bell'),
  };
}
