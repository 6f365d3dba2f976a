// Seeds the local WordPress with the demo magazine through the REST API, as an editor would.
// Run by backend/wp.sh on first start; the result is snapshotted for `npm run wp:reset`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chimeWav } from './audio';
import type { CatalogMedia, UploadedFile, UploadedImage } from './blocks';
import { blocks, paragraph } from './blocks';
import { blockCatalog, kitchenSinkSlug, kitchenSinkTitle } from './block-catalog';
import { seedConversation } from './seed-conversation';
import { seedEvents } from './seed-events';
import { seedMenus } from './seed-menus';
import { longFormContent, longFormExcerpt, longFormSlug, longFormTitle } from './long-form';
import { designPage } from './design-page';
import { pages } from './pages';
import { pick } from './pick';
import { posts } from './posts';
import { renamed } from './conversation';
import { get, post, upload } from './rest';
import { authors, categories, images, tags } from './site';

interface Created {
  id: number;
}
interface CreatedMedia extends Created {
  source_url: string;
}

const imagesDir = process.env.PRESSFRONT_IMAGES_DIR ?? '.pressfront/images';
const mediaDir = path.join(__dirname, 'media');

async function uploadFile(bytes: Buffer, type: string, name: string, title: string): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  form.append('title', title);
  const created = await upload<CreatedMedia>('/wp/v2/media', form);
  return { id: created.id, url: created.source_url };
}

async function main() {
  const userIds = new Map<string, number>();
  for (const a of authors) {
    const user = await post<Created>('/wp/v2/users', {
      username: a.username,
      name: a.name,
      email: a.email,
      description: a.description,
      password: crypto.randomUUID(),
      roles: ['author'],
    });
    userIds.set(a.username, user.id);
  }

  const categoryIds = new Map<string, number>();
  for (const c of categories) {
    const parent = c.parent ? categoryIds.get(c.parent) : undefined;
    const term = await post<Created>('/wp/v2/categories', {
      slug: c.slug,
      name: c.name,
      description: c.description,
      ...(parent ? { parent } : {}),
    });
    categoryIds.set(c.slug, term.id);
  }
  const tagIds = new Map<string, number>();
  for (const t of tags) {
    const term = await post<Created>('/wp/v2/tags', { slug: t.slug, name: t.name });
    tagIds.set(t.slug, term.id);
  }

  const media = new Map<string, UploadedImage>();
  for (const img of images) {
    const form = new FormData();
    const bytes = await readFile(path.join(imagesDir, img.file));
    form.append('file', new Blob([bytes], { type: 'image/jpeg' }), img.file);
    form.append('title', img.title);
    form.append('alt_text', img.alt);
    form.append('caption', img.caption);
    const created = await upload<CreatedMedia>('/wp/v2/media', form);
    media.set(img.file, { id: created.id, url: created.source_url, alt: img.alt, caption: img.caption });
  }

  const postIds = new Map<string, number>();
  for (const p of posts) {
    const created = await post<Created>('/wp/v2/posts', {
      // A post published under an earlier slug, renamed below, so WordPress remembers the old one.
      slug: p.slug === renamed.slug ? renamed.formerSlug : p.slug,
      title: p.title,
      status: 'publish',
      date: p.date,
      author: pick(userIds, p.author),
      categories: p.categories.map((c) => pick(categoryIds, c)),
      tags: p.tags.map((t) => pick(tagIds, t)),
      sticky: p.sticky ?? false,
      excerpt: p.excerpt ?? '',
      featured_media: p.image ? pick(media, p.image).id : 0,
      content: blocks(...p.paragraphs.map((text) => paragraph(text))),
    });
    postIds.set(p.slug, created.id);
  }
  await post(`/wp/v2/posts/${pick(postIds, renamed.slug)}`, { slug: renamed.slug });

  const harbour = pick(media, 'harbour-dawn.jpg');
  const square = pick(media, 'city-square.jpg');
  const longForm = await post<Created>('/wp/v2/posts', {
    slug: longFormSlug,
    title: longFormTitle,
    status: 'publish',
    date: '2026-11-20T09:00:00',
    author: pick(userIds, 'marta.quinn'),
    categories: [pick(categoryIds, 'news'), pick(categoryIds, 'climate')],
    tags: ['energy', 'oceans', 'cities', 'diplomacy'].map((t) => pick(tagIds, t)),
    excerpt: longFormExcerpt,
    featured_media: square.id,
    content: longFormContent(harbour, square),
  });
  // The story's photos were uploaded to it, as the editor does: their attachment pages lead back to it.
  for (const photo of [harbour, square]) await post(`/wp/v2/media/${photo.id}`, { post: longForm.id });

  const catalogMedia: CatalogMedia = {
    a: pick(media, 'harbour-dawn.jpg'),
    b: pick(media, 'city-square.jpg'),
    c: pick(media, 'night-market.jpg'),
    video: await uploadFile(
      await readFile(path.join(mediaDir, 'harbour-tide.webm')),
      'video/webm',
      'harbour-tide.webm',
      'Harbour at high tide',
    ),
    audio: await uploadFile(chimeWav(), 'audio/wav', 'harbour-bell.wav', 'Harbour bell'),
  };
  await post('/wp/v2/posts', {
    slug: kitchenSinkSlug,
    title: kitchenSinkTitle,
    status: 'publish',
    date: '2026-09-15T10:00:00',
    author: pick(userIds, 'tomas.ferreira'),
    categories: [pick(categoryIds, 'technology')],
    tags: [pick(tagIds, 'books')],
    excerpt: 'A test of every block the editor offers, for readers who like to see the machinery.',
    content: blocks(...blockCatalog.map((block) => block.markup(catalogMedia))),
  });

  const pageIds = new Map<string, number>();
  for (const page of [...pages, designPage(pick(media, 'harbour-dawn.jpg'))]) {
    const created = await post<Created>('/wp/v2/pages', {
      slug: page.slug,
      title: page.title,
      status: 'publish',
      content: page.content,
      menu_order: page.menuOrder,
      ...(page.parent ? { parent: pick(pageIds, page.parent) } : {}),
    });
    pageIds.set(page.slug, created.id);
  }

  await seedConversation({
    longFormId: longForm.id,
    postIds,
    authorId: pick(userIds, 'marta.quinn'),
    categoryId: pick(categoryIds, 'opinion'),
  });
  await seedMenus({ categoryIds, pageIds });
  await seedEvents(harbour);
  await settleWidgets();

  const published = await get<unknown[]>('/wp/v2/posts?per_page=100&_fields=id');
  console.log(
    `[seed] ${authors.length} authors, ${categories.length} categories, ${tags.length} tags, ` +
      `${images.length} images, ${published.length} posts, ${pages.length + 1} pages`,
  );
}

/**
 * WordPress installs with widgets (Search, Recent Posts, Archives…) in the default classic theme's
 * areas, and hands them to the first areas registered — the Bridge's — the first time its widgets
 * API is asked (retrieve_widgets): an owner's first save in Appearance → Widgets would otherwise
 * fill the Pressfront areas with them, and lose the widget it saved. Asked once here, and the
 * areas start empty, the defaults kept as inactive widgets, as an owner who cleared them.
 */
async function settleWidgets() {
  const widgets = await get<{ id: string; sidebar: string }[]>(
    '/wp/v2/widgets?context=edit&_fields=id,sidebar',
  );
  for (const widget of widgets) {
    if (widget.sidebar !== 'wp_inactive_widgets')
      await post(`/wp/v2/widgets/${widget.id}`, { sidebar: 'wp_inactive_widgets' });
  }
}

main().catch((error: unknown) => {
  console.error('[seed] failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
