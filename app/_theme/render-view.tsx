import { getRequestTheme } from '@/lib/preview/request-theme';
import type { Site } from '@/lib/wordpress';
import { resolveTemplate } from '@/themes/hierarchy';
import type { View } from '@/themes/types';

/** Renders a view with the request's theme, through the WordPress template hierarchy. */
export async function renderView(site: Site, view: View) {
  const { theme } = await getRequestTheme();
  const { Template } = resolveTemplate(theme, view);
  return <Template site={site} view={view} slots={theme.slots} elements={theme.elements} />;
}
