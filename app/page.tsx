import { loadOrNotFound } from '@/lib/routing/translate-error';
import { getLatestPosts, getSite, getStickyPosts } from '@/lib/wordpress';
import { getActiveTheme } from '@/themes/registry';

export default async function HomePage() {
  const [site, sticky, posts] = await loadOrNotFound(() =>
    Promise.all([getSite(), getStickyPosts(), getLatestPosts(1)]),
  );
  const { home: Home } = getActiveTheme().templates;
  return <Home site={site} sticky={sticky} posts={posts} />;
}
