// The header and footer menus, assigned to the locations the Pressfront Bridge plugin registers.
import { pick } from './pick';
import { post } from './rest';

interface Created {
  id: number;
}

type Item =
  | { kind: 'category'; slug: string; children?: Item[] }
  | { kind: 'page'; slug: string; children?: Item[] }
  | { kind: 'custom'; title: string; url: string; children?: Item[] };

const primary: Item[] = [
  { kind: 'category', slug: 'news' },
  { kind: 'category', slug: 'world' },
  { kind: 'category', slug: 'science', children: [{ kind: 'category', slug: 'climate' }] },
  { kind: 'category', slug: 'culture' },
  { kind: 'category', slug: 'technology' },
  { kind: 'page', slug: 'about', children: [{ kind: 'page', slug: 'masthead' }] },
];
const footer: Item[] = [
  { kind: 'page', slug: 'about' },
  { kind: 'page', slug: 'contact' },
  { kind: 'page', slug: 'privacy' },
];

export async function seedMenus(ids: { categoryIds: Map<string, number>; pageIds: Map<string, number> }) {
  let order = 0;
  const addItems = async (menu: number, items: Item[], parent: number) => {
    for (const item of items) {
      const target =
        item.kind === 'category'
          ? { type: 'taxonomy', object: 'category', object_id: pick(ids.categoryIds, item.slug) }
          : item.kind === 'page'
            ? { type: 'post_type', object: 'page', object_id: pick(ids.pageIds, item.slug) }
            : { type: 'custom', title: item.title, url: item.url };
      const created = await post<Created>('/wp/v2/menu-items', {
        ...target,
        menus: menu,
        parent,
        menu_order: ++order,
        status: 'publish',
      });
      if (item.children) await addItems(menu, item.children, created.id);
    }
  };
  for (const [name, location, items] of [
    ['Header', 'primary', primary],
    ['Footer', 'footer', footer],
  ] as const) {
    const menu = await post<Created>('/wp/v2/menus', { name, locations: [location] });
    await addItems(menu.id, items, 0);
  }
}
