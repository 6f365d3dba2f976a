import { z } from 'zod';
import { wpFetch } from './client';
import { contentPolicy } from './policy';
import { reshapePage, reshapePost } from './reshape';
import { pageFields, postEmbeds, postFields, wpPage, wpPost } from './schemas';
import { tags } from './tags';
import type { Singular } from './resolve';

const wpAutosave = z.object({
  modified_gmt: z.string(),
  title: z.object({ rendered: z.string() }),
  content: z.object({ rendered: z.string() }),
  excerpt: z.object({ rendered: z.string() }).optional(),
});

/**
 * A post or page as its editor sees it — draft, pending, scheduled or published — with the latest
 * autosave's title, body and excerpt when that is newer. Read with the server's Application
 * Password and never cached: it is not public.
 */
export async function getDraft(type: 'post' | 'page', id: number): Promise<Singular> {
  const collection = type === 'post' ? 'posts' : 'pages';
  const private_ = { authenticated: true, tags: [type === 'post' ? tags.post(id) : tags.page(id)] };
  const [{ data }, { data: autosaves }] = await Promise.all([
    wpFetch({
      path: `/wp/v2/${collection}/${id}`,
      query: {
        context: 'edit',
        _embed: type === 'post' ? postEmbeds : 'wp:featuredmedia',
        _fields: type === 'post' ? postFields : pageFields,
      },
      schema: type === 'post' ? wpPost : wpPage,
      notFound: `${type} ${id}`,
      ...private_,
    }),
    wpFetch({
      path: `/wp/v2/${collection}/${id}/autosaves`,
      query: { context: 'edit', _fields: 'modified_gmt,title,content,excerpt' },
      schema: z.array(wpAutosave),
      ...private_,
    }),
  ]);
  const [autosave] = autosaves;
  const latest =
    autosave && autosave.modified_gmt > data.modified_gmt
      ? {
          ...data,
          title: autosave.title,
          content: autosave.content,
          ...('excerpt' in data && autosave.excerpt ? { excerpt: autosave.excerpt } : {}),
        }
      : data;
  const policy = contentPolicy();
  return type === 'post'
    ? { kind: 'post', post: reshapePost(wpPost.parse(latest), policy) }
    : { kind: 'page', page: reshapePage(wpPage.parse(latest), policy) };
}
